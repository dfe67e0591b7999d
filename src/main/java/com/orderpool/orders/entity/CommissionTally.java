package com.orderpool.orders.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A retailer's commission over a set of orders: how many orders, how many of them were cancelled,
 * the net amount (total without VAT) of the orders not cancelled, and the commission, each order's
 * net times the rate it was placed with. Sums are exact; the commission is rounded to the cent
 * (HALF_UP) only at the end. A cancelled order earns nothing.
 */
public final class CommissionTally {
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private long orders;
  private long cancelled;
  private BigDecimal net = ZERO;
  private BigDecimal exact = BigDecimal.ZERO;

  /** Counts an order (or a group of orders with the same rate) into the tally. */
  public CommissionTally add(
      long count, BigDecimal netAmount, BigDecimal ratePercent, boolean wasCancelled) {
    orders += count;
    if (wasCancelled) {
      cancelled += count;
      return this;
    }
    BigDecimal amount = netAmount == null ? BigDecimal.ZERO : netAmount;
    net = net.add(amount);
    if (ratePercent != null) {
      exact = exact.add(amount.multiply(ratePercent).movePointLeft(2));
    }
    return this;
  }

  /**
   * Adds another tally's figures (a retailer's into the total): its commission as rounded, so a
   * total is the sum of the lines above it.
   */
  public CommissionTally add(CommissionTally other) {
    orders += other.orders;
    cancelled += other.cancelled;
    net = net.add(other.net);
    exact = exact.add(other.commission());
    return this;
  }

  /** The commission of one amount at a rate in percent, to the cent. */
  public static BigDecimal of(BigDecimal netAmount, BigDecimal ratePercent) {
    return new CommissionTally().add(1, netAmount, ratePercent, false).commission();
  }

  public long orders() {
    return orders;
  }

  public long cancelled() {
    return cancelled;
  }

  public BigDecimal net() {
    return net.setScale(Math.max(2, net.scale()), RoundingMode.UNNECESSARY);
  }

  /** The commission, to the cent, rounded half up once over the exact sum. */
  public BigDecimal commission() {
    return exact.setScale(2, RoundingMode.HALF_UP);
  }
}
