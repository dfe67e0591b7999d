package com.orderpool.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {
  @Test
  void mtoIsExactlyOnePiece() {
    assertEquals(1, Order.effectiveQuantity(OrderType.MTO, 1));
    for (int wrong : new int[] {0, 2, 5, -1}) {
      BusinessException e =
          assertThrows(
              BusinessException.class, () -> Order.effectiveQuantity(OrderType.MTO, wrong));
      assertEquals("quantity", e.field());
      assertEquals("order.mto.quantity", e.messageKey());
    }
  }

  @Test
  void bulkNeedsAtLeastTwo() {
    assertEquals(50, Order.effectiveQuantity(OrderType.BULK, 50));
    BusinessException e =
        assertThrows(BusinessException.class, () -> Order.effectiveQuantity(OrderType.BULK, 1));
    assertEquals("quantity", e.field());
  }

  @Test
  void placedOrderWaitsForPayment() {
    OrderStatus pending =
        new OrderStatus(
            "pending_payment",
            Phase.PENDING_PAYMENT,
            10,
            "#f59e0b",
            "Pending Payment",
            "Pendiente de pago");
    Placement placement =
        new Placement(
            OrderType.MTO,
            Channel.BACKOFFICE,
            " Derby ",
            1,
            " Ann ",
            "ANN@X.TEST",
            List.of(),
            BigDecimal.TEN,
            BigDecimal.ZERO,
            BigDecimal.valueOf(21),
            "EUR",
            null);
    Order o = Order.place(12345, "BFG", placement, pending, "me", Instant.EPOCH);
    assertEquals("12345-BFG", o.getNumber());
    assertEquals(Phase.PENDING_PAYMENT, o.getPhase());
    assertEquals(PaymentStatus.UNPAID, o.getPaymentStatus());
    assertEquals("Derby", o.getModel());
    assertEquals("ann@x.test", o.getCustomerEmail());
    assertEquals(1, o.getQuantity());
  }

  @Test
  void counterDrawsInSequence() {
    SequenceCounter c = new SequenceCounter(SequenceCounter.ORDERS, 10001);
    assertEquals(10001, c.draw());
    assertEquals(10002, c.draw());
    assertEquals(10003, c.peek());
    assertThrows(IllegalArgumentException.class, () -> new SequenceCounter("x", 0));
  }
}
