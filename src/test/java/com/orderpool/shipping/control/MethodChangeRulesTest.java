package com.orderpool.shipping.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.Placement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the customer's shipping method may still change. */
class MethodChangeRulesTest {
  private static OrderStatus status(Phase phase) {
    return new OrderStatus(phase.name().toLowerCase(), phase, 10, "#999999", phase.name(), null);
  }

  private static Order order(int quantity) {
    Placement placement =
        new Placement(
            quantity == 1 ? OrderType.MTO : OrderType.BULK,
            Channel.BACKOFFICE,
            "Derby",
            quantity,
            "Ann",
            "ann@x.test",
            List.of(),
            BigDecimal.TEN,
            BigDecimal.ZERO,
            BigDecimal.valueOf(21),
            "EUR",
            null);
    return Order.place(10001, "BFG", placement, status(Phase.PENDING_PAYMENT), "me", Instant.EPOCH);
  }

  private static Order paid(int quantity) {
    Order o = order(quantity);
    o.receive(o.getTotal(), Instant.EPOCH);
    return o;
  }

  @Test
  void theMethodChangesWhileTheOrderIsOpenAndNothingIsSent() {
    assertTrue(ShippingRules.methodChangeable(order(1)), "waiting for payment");
    Order o = paid(1);
    o.moveTo(status(Phase.IN_PRODUCTION), Instant.EPOCH);
    assertTrue(ShippingRules.methodChangeable(o), "in production");
    o.moveTo(status(Phase.SHIPPED), Instant.EPOCH);
    assertFalse(ShippingRules.methodChangeable(o), "shipped");
    Order c = paid(1);
    c.moveTo(status(Phase.CANCELLED), Instant.EPOCH);
    assertFalse(ShippingRules.methodChangeable(c), "cancelled");
  }

  @Test
  void aBulkOrderWithPiecesSentKeepsItsMethod() {
    Order o = paid(10);
    o.moveTo(status(Phase.IN_PRODUCTION), Instant.EPOCH);
    o.getTracking().sent("Correos", "PK1", null, 1, 4);
    assertFalse(ShippingRules.methodChangeable(o), "4 of 10 sent: still in production");
  }
}
