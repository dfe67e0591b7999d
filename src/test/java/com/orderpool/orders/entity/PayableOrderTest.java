package com.orderpool.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money side of an order: partial payments, the paid state, launch, refunds and reminders. */
class PayableOrderTest {
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  private static OrderStatus status(String code, Phase phase) {
    return new OrderStatus(code, phase, 10, "#000000", code, code);
  }

  /** An order of 100.00 net + 21 % VAT = 121.00. */
  private static Order order() {
    Placement p =
        new Placement(
            OrderType.MTO,
            Channel.BACKOFFICE,
            "Derby",
            1,
            "Ann",
            "ann@x.test",
            List.of(new LineSpec("D", "Derby", 1, new BigDecimal("100.00"), null)),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.valueOf(21),
            "EUR",
            null);
    return Order.place(1, "BFG", p, status("pending", Phase.PENDING_PAYMENT), "me", T0);
  }

  private static BigDecimal eur(String v) {
    return new BigDecimal(v);
  }

  @Test
  void partialPaymentsThenPaidInFull() {
    Order o = order();
    assertEquals(eur("121.00"), o.balanceDue());
    assertEquals(PaymentStatus.PARTIALLY_PAID, o.receive(eur("21.00"), T0));
    assertNull(o.getPaidAt());
    assertFalse(o.isLaunchable());
    assertEquals(eur("100.00"), o.balanceDue());
    assertEquals(PaymentStatus.PAID, o.receive(eur("100.00"), T0.plusSeconds(60)));
    assertEquals(T0.plusSeconds(60), o.getPaidAt());
    assertTrue(o.isLaunchable());
    assertFalse(o.isPayable());
    assertEquals(0, o.balanceDue().signum());
  }

  @Test
  void moreThanTheBalanceOrNothingIsRefused() {
    Order o = order();
    BusinessException over =
        assertThrows(BusinessException.class, () -> o.receive(eur("121.01"), T0));
    assertEquals("payment.amount.exceedsBalance", over.messageKey());
    assertEquals("amount", over.field());
    assertThrows(BusinessException.class, () -> o.receive(BigDecimal.ZERO, T0));
    assertEquals(0, o.getAmountPaid().signum(), "nothing recorded");
  }

  @Test
  void launchOnlyWhenPaidAndSetsTheWipDate() {
    Order o = order();
    OrderStatus received = status("received", Phase.IN_PRODUCTION);
    assertEquals(
        "payment.launch.unpaid",
        assertThrows(BusinessException.class, () -> o.launch(received, T0)).messageKey());
    o.receive(eur("121.00"), T0);
    o.launch(received, T0.plusSeconds(5));
    assertEquals(Phase.IN_PRODUCTION, o.getPhase());
    assertEquals(T0.plusSeconds(5), o.getWipStartAt());
    assertFalse(o.isLaunchable(), "launched once");
  }

  @Test
  void reversalAndRefunds() {
    Order o = order();
    o.receive(eur("121.00"), T0);
    assertEquals(eur("121.00"), o.reversePayments());
    assertEquals(PaymentStatus.UNPAID, o.getPaymentStatus());
    assertNull(o.getPaidAt());
    assertThrows(BusinessException.class, o::reversePayments);

    o.receive(eur("121.00"), T0);
    assertEquals(PaymentStatus.PARTIALLY_REFUNDED, o.refund(eur("21.00")));
    assertEquals(PaymentStatus.REFUNDED, o.refund(eur("100.00")));
    assertThrows(BusinessException.class, () -> o.refund(eur("0.01")));
  }

  @Test
  void remindersAfterTheQuietPeriodOnlyWhileWaitingForPayment() {
    Order o = order();
    assertFalse(o.isReminderDue(T0.plus(Duration.ofDays(6)), 7));
    assertTrue(o.isReminderDue(T0.plus(Duration.ofDays(7)), 7));
    o.reminded(T0.plus(Duration.ofDays(7)));
    assertEquals(1, o.getRemindersSent());
    assertNotNull(o.getLastReminderAt());
    assertFalse(o.isReminderDue(T0.plus(Duration.ofDays(10)), 7), "counted from the last one");
    assertTrue(o.isReminderDue(T0.plus(Duration.ofDays(14)), 7));
    o.receive(eur("121.00"), T0);
    assertFalse(o.isReminderDue(T0.plus(Duration.ofDays(30)), 7), "paid orders get none");
  }

  @Test
  void aFailedPaymentFailsAnOrderWaitingForItWhichStillTakesMoneyAndThenLaunches() {
    Order o = order();
    OrderStatus pending = o.getStatus();
    OrderStatus failed = status("failed", Phase.FAILED);
    assertTrue(o.isPaymentFailable());
    assertThrows(IllegalStateException.class, () -> o.paymentFailed(status("x", Phase.CANCELLED)));
    assertEquals(pending, o.paymentFailed(failed));
    assertEquals(Phase.FAILED, o.getPhase());
    assertEquals(failed, o.getStatus());
    assertFalse(o.isPaymentFailable(), "failed once");
    assertTrue(o.isWaitingForMoney(), "no production without the money");
    assertTrue(o.waitsForMoneyBefore(status("received", Phase.IN_PRODUCTION)));
    assertTrue(o.isPayable(), "a failed payment can be made good");
    assertFalse(o.isLaunchable());

    o.receive(eur("121.00"), T0);
    assertTrue(o.isLaunchable(), "paid in full after a failure: launched as usual");
    o.launch(status("received", Phase.IN_PRODUCTION), T0.plusSeconds(5));
    assertEquals(Phase.IN_PRODUCTION, o.getPhase());
    assertEquals(T0.plusSeconds(5), o.getWipStartAt());
  }

  @Test
  void onlyAnUnpaidOrderWaitingForPaymentFails() {
    Order paid = order();
    paid.receive(eur("121.00"), T0);
    assertFalse(paid.isPaymentFailable(), "paid in full");
    assertThrows(
        IllegalStateException.class, () -> paid.paymentFailed(status("failed", Phase.FAILED)));
    Order held = order();
    held.hold(status("on_hold", Phase.ON_HOLD));
    assertFalse(held.isPaymentFailable(), "on hold");
    assertTrue(held.isPayable());
  }
}
