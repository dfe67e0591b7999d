package com.orderpool.orders.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A status's cancellation fee rule, applied to an order total. */
public record CancellationFee(FeeType type, BigDecimal value, BigDecimal min, BigDecimal max) {
  public static final CancellationFee NONE = new CancellationFee(FeeType.NONE, null, null, null);

  /** The fee for an order of this total, never negative and never above the total. */
  public BigDecimal apply(BigDecimal total) {
    BigDecimal fee =
        switch (type) {
          case NONE -> BigDecimal.ZERO;
          case FIXED -> value;
          case PERCENT ->
              total.multiply(value).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        };
    if (min != null && fee.compareTo(min) < 0) {
      fee = min;
    }
    if (max != null && fee.compareTo(max) > 0) {
      fee = max;
    }
    return fee.max(BigDecimal.ZERO).min(total).setScale(2, RoundingMode.HALF_UP);
  }
}
