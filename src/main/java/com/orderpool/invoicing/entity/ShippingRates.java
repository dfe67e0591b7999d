package com.orderpool.invoicing.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's group shipping rate: the first item of a group ships for {@code first}, every further
 * item for {@code additional}. Money is never negative, and a further item never costs more than
 * the first.
 */
public record ShippingRates(BigDecimal first, BigDecimal additional) implements Serializable {
  public static final ShippingRates DEFAULT =
      new ShippingRates(new BigDecimal("15.00"), new BigDecimal("5.00"));

  public ShippingRates {
    if (first == null || additional == null) {
      throw new IllegalArgumentException("both rates are required");
    }
    if (first.signum() < 0 || additional.signum() < 0) {
      throw new IllegalArgumentException("rates are never negative");
    }
    if (additional.compareTo(first) > 0) {
      throw new IllegalArgumentException("a further item never costs more than the first");
    }
    first = first.setScale(2, RoundingMode.HALF_UP);
    additional = additional.setScale(2, RoundingMode.HALF_UP);
  }

  /** The shipping of a group of {@code items}: first + (items − 1) × additional; 0 for none. */
  public BigDecimal groupShipping(int items) {
    if (items <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return first.add(additional.multiply(BigDecimal.valueOf(items - 1L)));
  }

  /**
   * Each item's share, in order: the first item pays {@code first}, the others {@code additional}.
   */
  public List<BigDecimal> shares(int items) {
    List<BigDecimal> shares = new ArrayList<>(Math.max(items, 0));
    for (int i = 0; i < items; i++) {
      shares.add(i == 0 ? first : additional);
    }
    return shares;
  }

  /** The average shipping per item of a group of {@code items}, rounded to cents. */
  public BigDecimal perItem(int items) {
    if (items <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return groupShipping(items).divide(BigDecimal.valueOf(items), 2, RoundingMode.HALF_UP);
  }

  /** What a group of {@code items} saves against shipping each of them alone at the first rate. */
  public BigDecimal savingAgainstSingles(int items) {
    return first.multiply(BigDecimal.valueOf(Math.max(items, 0))).subtract(groupShipping(items));
  }

  public BigDecimal getFirst() {
    return first;
  }

  public BigDecimal getAdditional() {
    return additional;
  }
}
