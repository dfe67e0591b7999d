package com.orderpool.orders.control;

import com.orderpool.orders.entity.CancellationFee;
import com.orderpool.orders.entity.Phase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The cancellation rules (seed 000): unpaid orders always cancel free (nothing was produced); paid
 * orders cancel free within the tenant's window after payment unless they reached the "point of no
 * return" status; otherwise the current status's fee applies and the rest of the payment becomes
 * the customer's credit.
 */
public final class CancelPolicy {
  public static final Duration DEFAULT_FREE_WINDOW = Duration.ofHours(24);
  private static final Set<Phase> FINAL =
      EnumSet.of(Phase.SHIPPED, Phase.COMPLETED, Phase.CANCELLED, Phase.REFUNDED, Phase.FAILED);

  private final Duration freeWindow;

  public CancelPolicy(Duration freeWindow) {
    this.freeWindow = freeWindow;
  }

  /** The facts about one order that the policy needs. */
  public record Situation(
      Phase phase,
      BigDecimal total,
      BigDecimal amountPaid,
      Instant paidAt,
      boolean reachedPointOfNoReturn,
      CancellationFee statusFee) {}

  public CancelQuote quote(Situation s, Instant now) {
    if (FINAL.contains(s.phase())) {
      return CancelQuote.refused("cancel.refused." + s.phase());
    }
    BigDecimal paid = s.amountPaid() == null ? BigDecimal.ZERO : s.amountPaid();
    if (paid.signum() <= 0) {
      return new CancelQuote(true, zero(), zero(), "cancel.basis.unpaid");
    }
    if (!s.reachedPointOfNoReturn()) {
      if (s.paidAt() != null && now.isBefore(s.paidAt().plus(freeWindow))) {
        return new CancelQuote(true, zero(), scale(paid), "cancel.basis.freeWindow");
      }
    }
    BigDecimal fee = s.statusFee().apply(s.total());
    return new CancelQuote(
        true, fee, scale(paid.subtract(fee).max(BigDecimal.ZERO)), "cancel.basis.fee");
  }

  /** An admin's override: the fee is the given percentage (0–100) of the total. */
  public CancelQuote override(Situation s, BigDecimal percent, Instant now) {
    CancelQuote base = quote(s, now);
    if (!base.allowed()) {
      return base;
    }
    if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("override percent must be 0-100");
    }
    BigDecimal fee =
        s.total().multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    BigDecimal paid = s.amountPaid() == null ? BigDecimal.ZERO : s.amountPaid();
    return new CancelQuote(
        true, fee, scale(paid.subtract(fee).max(BigDecimal.ZERO)), "cancel.basis.override");
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  private static BigDecimal scale(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }
}
