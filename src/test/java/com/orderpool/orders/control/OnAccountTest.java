package com.orderpool.orders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.OnAccount.Terms;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.LineSpec;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.Placement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Orders on account: an unpaid order goes into production before payment only when the tenant
 * allows it and its customer is trusted, only into a production status, and only by that move; it
 * still owes its balance and takes payments until paid, also once shipped or delivered.
 */
class OnAccountTest {
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  private static final OrderStatus RECEIVED = status("received", Phase.IN_PRODUCTION);
  private static final OrderStatus SHIPPED = status("shipped", Phase.SHIPPED);
  private static final OrderStatus COMPLETED = status("completed", Phase.COMPLETED);
  private static final OrderStatus CANCELLED = status("cancelled", Phase.CANCELLED);
  private static final Terms ON_TRUSTED = new Terms(true, true);

  private static OrderStatus status(String code, Phase phase) {
    return new OrderStatus(code, phase, 10, "#000000", code, code);
  }

  private static Order placed() {
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
            BigDecimal.ZERO,
            "EUR",
            null);
    return Order.place(10001, "BFG", p, status("pending", Phase.PENDING_PAYMENT), "me", T0);
  }

  @Test
  void onlyATrustedCustomerOfATenantThatAllowsItIsOnAccount() {
    Order o = placed();
    assertTrue(ON_TRUSTED.cover(o, RECEIVED));
    assertFalse(Terms.NONE.cover(o, RECEIVED));
    assertFalse(new Terms(false, true).cover(o, RECEIVED), "setting off");
    assertFalse(new Terms(true, false).cover(o, RECEIVED), "customer not trusted");
  }

  @Test
  void onAccountGoesIntoProductionOnly() {
    Order o = placed();
    assertFalse(ON_TRUSTED.cover(o, SHIPPED), "not straight to Shipped");
    assertFalse(ON_TRUSTED.cover(o, COMPLETED));
    assertFalse(ON_TRUSTED.cover(o, CANCELLED));
    assertTrue(o.waitsForMoneyBefore(SHIPPED, true));
    assertFalse(o.waitsForMoneyBefore(RECEIVED, true));
    assertTrue(o.waitsForMoneyBefore(RECEIVED, false));
  }

  @Test
  void aPaidOrderIsNotOnAccount() {
    Order o = placed();
    o.receive(new BigDecimal("100.00"), T0);
    assertFalse(ON_TRUSTED.cover(o, RECEIVED), "it is not waiting for money");
  }

  @Test
  void offAccountTheUnpaidOrderStaysWhereItIs() {
    Order o = placed();
    BusinessException e =
        assertThrows(BusinessException.class, () -> o.moveTo(RECEIVED, T0.plusSeconds(60)));
    assertEquals("order.move.unpaid", e.messageKey());
    assertEquals(Phase.PENDING_PAYMENT, o.getPhase());
    assertNull(o.getWipStartAt());
  }

  @Test
  void onAccountItGoesIntoProductionShipsAndStillOwesItsBalance() {
    Order o = placed();
    o.moveTo(RECEIVED, T0.plusSeconds(60), ON_TRUSTED.cover(o, RECEIVED));
    assertEquals(Phase.IN_PRODUCTION, o.getPhase());
    assertEquals(T0.plusSeconds(60), o.getWipStartAt());
    assertEquals(PaymentStatus.UNPAID, o.getPaymentStatus());
    assertEquals(new BigDecimal("100.00"), o.balanceDue());
    assertFalse(o.isLaunchable(), "not launched again once paid");
    assertTrue(o.isPayable());

    o.moveTo(SHIPPED, T0.plusSeconds(120));
    assertEquals(Phase.SHIPPED, o.getPhase());
    assertTrue(o.isPayable(), "pays after it is sent");
    o.moveTo(COMPLETED, T0.plusSeconds(180));
    assertTrue(o.isPayable(), "and after it is delivered");
    assertEquals(PaymentStatus.PARTIALLY_PAID, o.receive(new BigDecimal("40.00"), T0));
    assertEquals(PaymentStatus.PAID, o.receive(new BigDecimal("60.00"), T0));
    assertFalse(o.isPayable(), "paid in full");
    assertEquals(Phase.COMPLETED, o.getPhase());
  }
}
