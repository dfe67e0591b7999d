package com.orderpool.shipping.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.OnAccount.Terms;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.LineSpec;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.Placement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When an order ships: paid in full, or unpaid for a trusted customer of a tenant that ships before
 * payment; never cancelled or on hold, whatever the terms.
 */
class ShippingRulesTest {
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  private static final Terms OFF_TRUSTED = new Terms(false, true);
  private static final Terms ON_UNTRUSTED = new Terms(true, false);
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

  /** In production and unpaid: paid, launched, then its payment taken back (marked Not paid). */
  private static Order unpaidInProduction() {
    Order o = placed();
    o.receive(new BigDecimal("100.00"), T0);
    o.launch(status("received", Phase.IN_PRODUCTION), T0);
    o.reversePayments();
    return o;
  }

  private static String refusal(Order o, Terms terms) {
    return assertThrows(BusinessException.class, () -> ShippingRules.checkShippable(o, 0, terms))
        .messageKey();
  }

  @Test
  void anUnpaidOrderShipsOnlyForATrustedCustomerOfATenantThatAllowsIt() {
    Order o = unpaidInProduction();
    assertEquals("shipment.unpaid", refusal(o, Terms.NONE));
    assertEquals("shipment.unpaid.notAllowed", refusal(o, OFF_TRUSTED));
    assertEquals("shipment.unpaid.untrusted", refusal(o, ON_UNTRUSTED));
    ShippingRules.checkShippable(o, 0, ON_TRUSTED);
  }

  @Test
  void beforePaymentIsStillAfterProduction() {
    assertEquals("shipment.notReady", refusal(placed(), ON_TRUSTED));
  }

  @Test
  void cancelledAndOnHoldOrdersNeverShip() {
    Order held = unpaidInProduction();
    held.hold(status("on_hold", Phase.ON_HOLD));
    assertEquals("shipment.onHold", refusal(held, ON_TRUSTED));
    Order cancelled = placed();
    cancelled.cancel(
        status("cancelled", Phase.CANCELLED), "changed mind", null, null, BigDecimal.ZERO, T0);
    assertEquals("shipment.cancelled", refusal(cancelled, ON_TRUSTED));
  }
}
