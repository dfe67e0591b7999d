package com.orderpool.orders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.orders.control.CancelPolicy.Situation;
import com.orderpool.orders.entity.CancellationFee;
import com.orderpool.orders.entity.FeeType;
import com.orderpool.orders.entity.Phase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CancelPolicyTest {
  private static final Instant PAID_AT = Instant.parse("2026-03-10T12:00:00Z");
  private static final Instant WINDOW_END = PAID_AT.plus(Duration.ofHours(24));
  private static final BigDecimal TOTAL = new BigDecimal("300.00");
  private static final CancellationFee FIXED_50 =
      new CancellationFee(FeeType.FIXED, new BigDecimal("50"), null, null);

  private final CancelPolicy policy = new CancelPolicy(Duration.ofHours(24));

  private static BigDecimal money(String v) {
    return new BigDecimal(v);
  }

  private static Situation situation(
      Phase phase, String paid, Instant paidAt, boolean pointOfNoReturn, CancellationFee fee) {
    return new Situation(
        phase, TOTAL, paid == null ? null : money(paid), paidAt, pointOfNoReturn, fee);
  }

  private static void assertQuote(
      CancelQuote q, boolean allowed, String fee, String credit, String reasonKey) {
    assertEquals(allowed, q.allowed(), "allowed");
    assertEquals(money(fee), q.fee(), "fee");
    assertEquals(money(credit), q.credit(), "credit");
    assertEquals(reasonKey, q.reasonKey(), "reasonKey");
  }

  @Test
  void defaultWindowIsTwentyFourHours() {
    assertEquals(Duration.ofHours(24), CancelPolicy.DEFAULT_FREE_WINDOW);
  }

  @ParameterizedTest
  @EnumSource(
      value = Phase.class,
      names = {"SHIPPED", "COMPLETED", "CANCELLED", "REFUNDED", "FAILED"})
  void finalPhasesAreRefused(Phase phase) {
    CancelQuote q =
        policy.quote(situation(phase, "300.00", PAID_AT, false, FIXED_50), PAID_AT.plusSeconds(60));

    assertFalse(q.allowed());
    assertFalse(q.isFree());
    assertEquals("cancel.refused." + phase.name(), q.reasonKey());
    assertEquals(0, q.fee().signum());
    assertEquals(0, q.credit().signum());
  }

  @ParameterizedTest
  @EnumSource(
      value = Phase.class,
      names = {"PENDING_PAYMENT", "ON_HOLD", "IN_PRODUCTION"})
  void openPhasesAreAllowed(Phase phase) {
    CancelQuote q = policy.quote(situation(phase, "0", null, false, FIXED_50), PAID_AT);

    assertQuote(q, true, "0.00", "0.00", "cancel.basis.unpaid");
  }

  @Test
  void unpaidOrderBeforePointOfNoReturnCancelsFree() {
    CancelQuote q =
        policy.quote(situation(Phase.PENDING_PAYMENT, "0", null, false, FIXED_50), WINDOW_END);

    assertQuote(q, true, "0.00", "0.00", "cancel.basis.unpaid");
    assertTrue(q.isFree());
  }

  @Test
  void nullAmountPaidCountsAsUnpaid() {
    CancelQuote q =
        policy.quote(situation(Phase.PENDING_PAYMENT, null, null, false, FIXED_50), WINDOW_END);

    assertQuote(q, true, "0.00", "0.00", "cancel.basis.unpaid");
  }

  @Test
  void paidWithinWindowCancelsFreeAndCreditsEverything() {
    CancelQuote q =
        policy.quote(
            situation(Phase.IN_PRODUCTION, "120.5", PAID_AT, false, FIXED_50),
            WINDOW_END.minusSeconds(1));

    assertQuote(q, true, "0.00", "120.50", "cancel.basis.freeWindow");
    assertTrue(q.isFree());
  }

  @Test
  void paidRightAtPaymentIsWithinWindow() {
    CancelQuote q =
        policy.quote(situation(Phase.PENDING_PAYMENT, "300.00", PAID_AT, false, FIXED_50), PAID_AT);

    assertQuote(q, true, "0.00", "300.00", "cancel.basis.freeWindow");
  }

  @Test
  void paidExactlyAtWindowEndPaysTheFee() {
    CancelQuote q =
        policy.quote(
            situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, false, FIXED_50), WINDOW_END);

    assertQuote(q, true, "50.00", "250.00", "cancel.basis.fee");
    assertFalse(q.isFree());
  }

  @Test
  void paidAfterWindowPaysTheFee() {
    CancelQuote q =
        policy.quote(
            situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, false, FIXED_50),
            WINDOW_END.plus(Duration.ofDays(3)));

    assertQuote(q, true, "50.00", "250.00", "cancel.basis.fee");
  }

  @Test
  void paidWithoutPaymentDatePaysTheFee() {
    CancelQuote q =
        policy.quote(situation(Phase.IN_PRODUCTION, "300.00", null, false, FIXED_50), PAID_AT);

    assertQuote(q, true, "50.00", "250.00", "cancel.basis.fee");
  }

  @Test
  void paidAfterWindowAtStatusWithoutFeeIsFreeButOnFeeBasis() {
    CancelQuote q =
        policy.quote(
            situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, false, CancellationFee.NONE),
            WINDOW_END);

    assertQuote(q, true, "0.00", "300.00", "cancel.basis.fee");
    assertTrue(q.isFree());
  }

  @Test
  void pointOfNoReturnPaysTheFeeEvenWithinWindow() {
    CancelQuote q =
        policy.quote(
            situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, true, FIXED_50),
            PAID_AT.plusSeconds(60));

    assertQuote(q, true, "50.00", "250.00", "cancel.basis.fee");
  }

  @Test
  void anUnpaidOrderCancelsFreeEvenPastThePointOfNoReturn() {
    CancelQuote q =
        policy.quote(situation(Phase.IN_PRODUCTION, "0", null, true, FIXED_50), PAID_AT);

    assertQuote(q, true, "0.00", "0.00", "cancel.basis.unpaid");
  }

  @Test
  void pointOfNoReturnUsesPercentFeeOfTotal() {
    CancellationFee half = new CancellationFee(FeeType.PERCENT, new BigDecimal("50"), null, null);
    CancelQuote q =
        policy.quote(situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, true, half), WINDOW_END);

    assertQuote(q, true, "150.00", "150.00", "cancel.basis.fee");
  }

  @Test
  void creditIsNeverNegative() {
    CancelQuote q =
        policy.quote(situation(Phase.IN_PRODUCTION, "20.00", PAID_AT, true, FIXED_50), WINDOW_END);

    assertQuote(q, true, "50.00", "0.00", "cancel.basis.fee");
  }

  @Test
  void shorterWindowMovesTheBoundary() {
    CancelPolicy oneHour = new CancelPolicy(Duration.ofHours(1));
    Situation s = situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, false, FIXED_50);

    assertEquals(
        "cancel.basis.freeWindow", oneHour.quote(s, PAID_AT.plusSeconds(3599)).reasonKey());
    assertEquals("cancel.basis.fee", oneHour.quote(s, PAID_AT.plusSeconds(3600)).reasonKey());
  }

  @Test
  void overrideZeroPercentCreditsEverything() {
    CancelQuote q =
        policy.override(
            situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, true, FIXED_50),
            BigDecimal.ZERO,
            WINDOW_END);

    assertQuote(q, true, "0.00", "300.00", "cancel.basis.override");
    assertTrue(q.isFree());
  }

  @Test
  void overrideFiftyPercentChargesHalfTheTotal() {
    CancelQuote q =
        policy.override(
            situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, true, FIXED_50),
            new BigDecimal("50"),
            WINDOW_END);

    assertQuote(q, true, "150.00", "150.00", "cancel.basis.override");
  }

  @Test
  void overrideHundredPercentChargesTheTotal() {
    CancelQuote q =
        policy.override(
            situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, true, FIXED_50),
            new BigDecimal("100"),
            WINDOW_END);

    assertQuote(q, true, "300.00", "0.00", "cancel.basis.override");
  }

  @Test
  void overrideAppliesEvenInsideTheFreeWindow() {
    CancelQuote q =
        policy.override(
            situation(Phase.PENDING_PAYMENT, "300.00", PAID_AT, false, FIXED_50),
            new BigDecimal("10"),
            PAID_AT);

    assertQuote(q, true, "30.00", "270.00", "cancel.basis.override");
  }

  @Test
  void overrideOnUnpaidOrderGivesNoCredit() {
    CancelQuote q =
        policy.override(
            situation(Phase.PENDING_PAYMENT, null, null, false, FIXED_50),
            new BigDecimal("50"),
            PAID_AT);

    assertQuote(q, true, "150.00", "0.00", "cancel.basis.override");
  }

  @Test
  void overrideRoundsHalfUp() {
    Situation s =
        new Situation(Phase.IN_PRODUCTION, money("99.99"), money("99.99"), PAID_AT, true, FIXED_50);

    CancelQuote q = policy.override(s, new BigDecimal("12.5"), WINDOW_END);

    // 99.99 * 12.5 % = 12.49875 -> 12.50
    assertQuote(q, true, "12.50", "87.49", "cancel.basis.override");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "101", "-0.01", "100.01"})
  void overrideOutOfRangeIsRejected(String percent) {
    Situation s = situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, true, FIXED_50);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> policy.override(s, new BigDecimal(percent), WINDOW_END));
    assertEquals("override percent must be 0-100", e.getMessage());
  }

  @Test
  void overrideWithoutPercentIsRejected() {
    Situation s = situation(Phase.IN_PRODUCTION, "300.00", PAID_AT, true, FIXED_50);

    assertThrows(IllegalArgumentException.class, () -> policy.override(s, null, WINDOW_END));
  }

  @ParameterizedTest
  @EnumSource(
      value = Phase.class,
      names = {"SHIPPED", "COMPLETED", "CANCELLED", "REFUNDED", "FAILED"})
  void overrideOnFinalOrderReturnsTheRefusal(Phase phase) {
    Situation s = situation(phase, "300.00", PAID_AT, true, FIXED_50);

    CancelQuote q = policy.override(s, new BigDecimal("50"), WINDOW_END);

    assertFalse(q.allowed());
    assertEquals("cancel.refused." + phase.name(), q.reasonKey());
    assertEquals(0, q.fee().signum());
    assertEquals(0, q.credit().signum());
  }

  @Test
  void overrideOnFinalOrderRefusesBeforeValidatingThePercent() {
    Situation s = situation(Phase.SHIPPED, "300.00", PAID_AT, true, FIXED_50);

    CancelQuote q = policy.override(s, new BigDecimal("101"), WINDOW_END);

    assertEquals(CancelQuote.refused("cancel.refused.SHIPPED"), q);
  }
}
