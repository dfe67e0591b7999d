package com.orderpool.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderEditTest {
  private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");
  private final OrderStatus pending =
      new OrderStatus("pending_payment", Phase.PENDING_PAYMENT, 10, "#f59e0b", "Pending", "Pend.");
  private final OrderStatus onHold =
      new OrderStatus("on_hold", Phase.ON_HOLD, 20, "#6366f1", "On Hold", "En espera");
  private final OrderStatus received =
      new OrderStatus("received", Phase.IN_PRODUCTION, 30, "#0ea5e9", "Received", "Recibido");
  private final OrderStatus cancelled =
      new OrderStatus("cancelled", Phase.CANCELLED, 110, "#dc2626", "Cancelled", "Cancelado");

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Address home() {
    return new Address("Ann Smith", "Carrer de Mallorca 401", "08013", "Barcelona", "ES");
  }

  /** A placed order with two lines (ids 1 and 2), 21 % VAT, as if read back from the database. */
  private Order order(OrderType type, int quantity) throws Exception {
    Placement p =
        new Placement(
            type,
            Channel.BACKOFFICE,
            "Oxford",
            quantity,
            "Ann",
            "ann@example.test",
            List.of(
                new LineSpec("OX-1", "Oxford brown", 1, d("100.00"), "AS"),
                new LineSpec("BELT", "Belt", 1, d("50.00"), null)),
            d("10"),
            d("5"),
            d("21"),
            "EUR",
            null);
    Order o = Order.place(10001, "BFG", p, pending, "tester", T0);
    setId(o, Order.class, 7L);
    long id = 1;
    for (OrderLine l : o.getLines()) {
      setId(l, OrderLine.class, id++);
    }
    o.recordCustomer(3L, "+34 600", "Acme", "es", home(), null);
    return o;
  }

  private static void setId(Object target, Class<?> type, long id) throws Exception {
    Field f = type.getDeclaredField("id");
    f.setAccessible(true);
    f.set(target, id);
  }

  private static Order.LineEdit keep(long id, int qty, String price) {
    return new Order.LineEdit(id, new LineSpec("OX-1", "Oxford brown", qty, d(price), "AS"));
  }

  @Test
  void recordCustomerShipsToBillingWhenNoShippingAddressIsGiven() throws Exception {
    Order o = order(OrderType.MTO, 1);
    assertEquals(3L, o.getCustomerId());
    assertEquals(home(), o.getShipping());
    assertEquals("Acme", o.getCustomerCompany());
  }

  @Test
  void pendingOrderLinesChangeAndTotalsAreRecomputed() throws Exception {
    Order o = order(OrderType.MTO, 1);
    Order.LineChanges changes =
        o.editLines(
            List.of(
                keep(1, 2, "120.00"),
                new Order.LineEdit(null, new LineSpec(null, "Laces", 3, d("2.50"), null))),
            1,
            d("0"),
            d("5"));
    assertEquals(1, changes.removed().size(), "the belt was removed");
    assertEquals("Belt", changes.removed().get(0).getDescription());
    assertEquals(1, changes.added().size());
    assertEquals(3, changes.added().get(0).getLineNo(), "new lines are numbered after the last");
    assertEquals(7L, changes.added().get(0).getOrderId());
    assertEquals(d("247.50"), o.getManufacturingCost());
    assertEquals(d("53.03"), o.getVatAmount(), "21 % of 252.50");
    assertEquals(d("305.53"), o.getTotal());
    assertEquals(2, o.getLines().size());
  }

  @Test
  void onHoldOrderLinesCanChange() throws Exception {
    Order o = order(OrderType.BULK, 2);
    o.hold(onHold);
    o.editLines(List.of(keep(1, 20, "100.00")), 20, d("0"), d("0"));
    assertEquals(20, o.getQuantity());
  }

  @Test
  void aBulkOrdersQuantityIsThePiecesOnItsLines() throws Exception {
    Order o = order(OrderType.BULK, 2);
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> o.editLines(List.of(keep(1, 1, "100.00")), 20, d("0"), d("0")));
    assertEquals("order.quantity.linesSum", e.messageKey());
    assertEquals("quantity", e.field());
    assertEquals(2, o.getQuantity(), "nothing changed");
  }

  @Test
  void anEditThatLeavesNothingToPayIsRefused() throws Exception {
    Order o = order(OrderType.MTO, 1);
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> o.editLines(List.of(keep(1, 1, "0")), 1, d("0"), d("0")));
    assertEquals("order.total.zero", e.messageKey());
  }

  @Test
  void linesAreLockedOnceInProduction() throws Exception {
    Order o = order(OrderType.MTO, 1);
    o.receive(o.getTotal(), T0);
    o.moveTo(received, T0);
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> o.editLines(List.of(keep(1, 1, "1")), 1, d("0"), d("0")));
    assertEquals("order.edit.linesLocked", e.messageKey());
  }

  @Test
  void badLineEditsAreRefused() throws Exception {
    Order o = order(OrderType.MTO, 1);
    assertEquals(
        "order.edit.oneLine",
        assertThrows(BusinessException.class, () -> o.editLines(List.of(), 1, d("0"), d("0")))
            .messageKey());
    assertEquals(
        "order.edit.unknownLine",
        assertThrows(
                BusinessException.class,
                () -> o.editLines(List.of(keep(99, 1, "1")), 1, d("0"), d("0")))
            .messageKey());
    assertEquals(
        "order.mto.quantity",
        assertThrows(
                BusinessException.class,
                () -> o.editLines(List.of(keep(1, 1, "1")), 2, d("0"), d("0")))
            .messageKey());
    assertEquals(d("199.65"), o.getTotal(), "nothing changed: (150 + 10 + 5) × 1.21");
  }

  @Test
  void addressesChangeFreelyBeforeProductionAndReportWhatChanged() throws Exception {
    Order o = order(OrderType.MTO, 1);
    Address office = new Address("Ann Smith", "Passeig de Gràcia 1", "08007", "Barcelona", "ES");
    assertEquals(List.of("shippingAddress"), o.changeAddresses(home(), office, null));
    assertEquals(office, o.getShipping());
    assertTrue(o.changeAddresses(home(), office, "").isEmpty(), "no change, nothing reported");
  }

  @Test
  void afterPaymentAnAddressChangeNeedsAReason() throws Exception {
    Order o = order(OrderType.MTO, 1);
    o.receive(o.getTotal(), T0);
    o.moveTo(received, T0);
    Address office = new Address("Ann Smith", "Passeig de Gràcia 1", "08007", "Barcelona", "ES");
    BusinessException e =
        assertThrows(BusinessException.class, () -> o.changeAddresses(office, null, " "));
    assertEquals("editReason", e.field());
    assertEquals(home(), o.getBilling(), "unchanged");
    assertEquals(
        List.of("billingAddress", "shippingAddress"),
        o.changeAddresses(office, null, "customer moved"));
  }

  @Test
  void endedOrdersKeepTheirAddresses() throws Exception {
    Order o = order(OrderType.MTO, 1);
    o.cancel(cancelled, "changed mind", null, d("0"), d("0"), T0);
    assertEquals(
        "order.edit.addressLocked",
        assertThrows(BusinessException.class, () -> o.changeAddresses(home(), null, "x"))
            .messageKey());
  }
}
