package com.orderpool.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderBehaviourTest {
  private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");
  private static final ZoneId UTC = ZoneOffset.UTC;

  private final OrderStatus pending =
      new OrderStatus("pending_payment", Phase.PENDING_PAYMENT, 10, "#f59e0b", "Pending", "Pend.");
  private final OrderStatus onHold =
      new OrderStatus("on_hold", Phase.ON_HOLD, 20, "#6366f1", "On Hold", "En espera");
  private final OrderStatus received =
      new OrderStatus("received", Phase.IN_PRODUCTION, 30, "#0ea5e9", "Received", "Recibido");
  private final OrderStatus cut =
      new OrderStatus("cut", Phase.IN_PRODUCTION, 40, "#3b82f6", "Cut", "Cortado");
  private final OrderStatus shipped =
      new OrderStatus("shipped", Phase.SHIPPED, 90, "#16a34a", "Shipped", "Enviado");
  private final OrderStatus express =
      new OrderStatus("express", Phase.SHIPPED, 95, "#16a34a", "Express", "Exprés");
  private final OrderStatus cancelled =
      new OrderStatus("cancelled", Phase.CANCELLED, 110, "#dc2626", "Cancelled", "Cancelado");

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Placement placement(
      OrderType type, int quantity, List<LineSpec> lines, String custom, String shipping) {
    return new Placement(
        type,
        Channel.API,
        " Oxford ",
        quantity,
        " Ann Smith ",
        " Ann@Example.TEST ",
        lines,
        d(custom),
        d(shipping),
        d("21"),
        "EUR",
        "10000-BFG");
  }

  private Order place(Placement p) {
    return Order.place(10001, "BFG", p, pending, "tester", T0);
  }

  /** One pair at 100.00, paid in full (so it may go to production) but not launched yet. */
  private Order simpleOrder() {
    Order o =
        place(
            placement(
                OrderType.MTO,
                1,
                List.of(new LineSpec(null, "Oxford", 1, d("100.00"), null)),
                "0",
                "0"));
    o.receive(o.getTotal(), T0);
    return o;
  }

  @Test
  void anOrderNotPaidInFullNeverGoesToProduction() {
    Order o =
        place(
            placement(
                OrderType.MTO,
                1,
                List.of(new LineSpec(null, "Oxford", 1, d("100.00"), null)),
                "0",
                "0"));
    o.receive(d("60.00"), T0);
    BusinessException e = assertThrows(BusinessException.class, () -> o.moveTo(received, T0));
    assertEquals("order.move.unpaid", e.messageKey());
    assertEquals("status", e.field());
    assertEquals(Phase.PENDING_PAYMENT, o.getPhase());
    assertNull(o.getWipStartAt());
    assertEquals(true, o.isWaitingForMoney());
    o.receive(d("61.00"), T0);
    o.moveTo(received, T0);
    assertEquals(Phase.IN_PRODUCTION, o.getPhase());
  }

  @Test
  void placeWithLinesComputesCosts() {
    List<LineSpec> lines =
        List.of(
            new LineSpec(" SKU-1 ", " Oxford brown ", 2, d("100.00"), "AS"),
            new LineSpec(null, "Belt", 1, d("50"), null));

    Order o = place(placement(OrderType.BULK, 3, lines, "10", "15"));

    assertEquals(d("250.00"), o.getManufacturingCost());
    assertEquals(d("10.00"), o.getCustomizationCost());
    assertEquals(d("15.00"), o.getShippingCost());
    assertEquals(d("21"), o.getVatRate());
    assertEquals(d("57.75"), o.getVatAmount());
    assertEquals(d("332.75"), o.getTotal());
    assertEquals(
        new CostSummary(d("250.00"), d("10.00"), d("15.00"), d("21"), d("57.75"), d("332.75")),
        o.getCosts());
  }

  @Test
  void placeWithLinesKeepsTheLines() {
    List<LineSpec> lines =
        List.of(
            new LineSpec(" SKU-1 ", " Oxford brown ", 2, d("100.00"), "AS"),
            new LineSpec(null, "Belt", 1, d("50"), null));

    Order o = place(placement(OrderType.BULK, 3, lines, "10", "15"));

    assertEquals(2, o.getLines().size());
    OrderLine first = o.getLines().get(0);
    assertEquals(1, first.getLineNo());
    assertEquals("SKU-1", first.getSku());
    assertEquals("Oxford brown", first.getDescription());
    assertEquals(2, first.getQuantity());
    assertEquals(d("200.00"), first.amount());
    OrderLine second = o.getLines().get(1);
    assertEquals(2, second.getLineNo());
    assertEquals("", second.getSku());
    assertEquals(d("50.00"), second.amount());
    assertEquals(
        List.of(
            new LineSpec("SKU-1", "Oxford brown", 2, d("100.00"), "AS"),
            new LineSpec("", "Belt", 1, d("50.00"), null)),
        o.lineSpecs());
  }

  @Test
  void placeCopiesPlacementData() {
    Order o = place(placement(OrderType.BULK, 3, List.of(), "10", "0"));

    assertEquals(10001, o.getSeq());
    assertEquals("10001-BFG", o.getNumber());
    assertEquals(OrderType.BULK, o.getType());
    assertEquals(Channel.API, o.getChannel());
    assertEquals("Oxford", o.getModel());
    assertEquals(3, o.getQuantity());
    assertEquals("Ann Smith", o.getCustomerName());
    assertEquals("ann@example.test", o.getCustomerEmail());
    assertSame(pending, o.getStatus());
    assertEquals(Phase.PENDING_PAYMENT, o.getPhase());
    assertEquals(PaymentStatus.UNPAID, o.getPaymentStatus());
    assertEquals("EUR", o.getCurrency());
    assertEquals("10000-BFG", o.getClonedFrom());
    assertEquals(T0, o.getCreatedAt());
    assertEquals("tester", o.getCreatedBy());
    assertNull(o.getWipStartAt());
    assertNull(o.getShippedAt());
    assertNull(o.getHeldFrom());
  }

  @Test
  void placeWithoutLinesAddsDefaultLineFromModel() {
    Order o = place(placement(OrderType.BULK, 4, List.of(), "10", "15"));

    assertEquals(List.of(new LineSpec("", "Oxford", 4, d("0.00"), null)), o.lineSpecs());
    assertEquals(d("0.00"), o.getLines().get(0).getUnitPrice());
    assertEquals(d("0.00"), o.getManufacturingCost());
    // (0 + 10 + 15) * 21 % = 5.25
    assertEquals(d("5.25"), o.getVatAmount());
    assertEquals(d("30.25"), o.getTotal());
  }

  @Test
  void placeMtoDefaultLineHasQuantityOne() {
    Order o = place(placement(OrderType.MTO, 1, List.of(), "0", "15"));

    assertEquals(1, o.getQuantity());
    assertEquals(1, o.getLines().size());
    assertEquals(1, o.getLines().get(0).getQuantity());
    assertEquals(d("18.15"), o.getTotal());
  }

  @Test
  void anOrderWithNothingToPayIsRefused() {
    BusinessException e =
        assertThrows(
            BusinessException.class, () -> place(placement(OrderType.MTO, 1, List.of(), "0", "0")));
    assertEquals("order.total.zero", e.messageKey());
  }

  @Test
  void aBulkOrdersQuantityMustBeThePiecesOnItsLines() {
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () ->
                place(
                    placement(
                        OrderType.BULK,
                        20,
                        List.of(new LineSpec(null, "Oxford", 1, d("100.00"), null)),
                        "0",
                        "0")));
    assertEquals("order.quantity.linesSum", e.messageKey());
    assertEquals("quantity", e.field());
  }

  @Test
  void placeRefusesNonPendingInitialStatus() {
    Placement p = placement(OrderType.MTO, 1, List.of(), "0", "0");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Order.place(10001, "BFG", p, received, "tester", T0));
    assertEquals("new orders start in a Pending Payment status", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Order.place(10001, "BFG", p, onHold, "tester", T0));
  }

  @Test
  void moveToReturnsThePreviousStatus() {
    Order o = simpleOrder();

    assertSame(pending, o.moveTo(received, T0.plusSeconds(60)));
    assertSame(received, o.getStatus());
    assertEquals(Phase.IN_PRODUCTION, o.getPhase());
    assertSame(received, o.moveTo(cut, T0.plusSeconds(120)));
  }

  @Test
  void moveIntoProductionSetsWipStartOnce() {
    Order o = simpleOrder();
    Instant start = T0.plusSeconds(3600);

    o.moveTo(received, start);
    assertEquals(start, o.getWipStartAt());

    o.moveTo(cut, start.plusSeconds(86_400));
    assertEquals(start, o.getWipStartAt());
    assertNull(o.getShippedAt());
  }

  @Test
  void moveToShippedSetsShippedAtOnce() {
    Order o = simpleOrder();
    Instant shipDay = T0.plusSeconds(5 * 86_400);

    o.moveTo(received, T0);
    o.moveTo(shipped, shipDay);
    assertEquals(shipDay, o.getShippedAt());
    assertEquals(Phase.SHIPPED, o.getPhase());

    o.moveTo(express, shipDay.plusSeconds(3600));
    assertEquals(shipDay, o.getShippedAt());
  }

  @Test
  void daysInProductionIsNullBeforeProduction() {
    assertNull(simpleOrder().daysInProduction(T0.plusSeconds(86_400), UTC));
  }

  @Test
  void daysInProductionCountsCalendarDaysInZone() {
    Order o = simpleOrder();
    o.moveTo(received, Instant.parse("2026-01-01T23:30:00Z"));
    Instant now = Instant.parse("2026-01-03T00:10:00Z");

    assertEquals(2L, o.daysInProduction(now, UTC));
    // in Madrid (UTC+1 in winter) that is 2 Jan 00:30 -> 3 Jan 01:10
    assertEquals(1L, o.daysInProduction(now, ZoneId.of("Europe/Madrid")));
    assertEquals(0L, o.daysInProduction(Instant.parse("2026-01-01T23:59:00Z"), UTC));
  }

  @Test
  void daysInProductionStopsAtShipping() {
    Order o = simpleOrder();
    o.moveTo(received, Instant.parse("2026-01-01T10:00:00Z"));
    o.moveTo(shipped, Instant.parse("2026-01-05T10:00:00Z"));

    assertEquals(4L, o.daysInProduction(Instant.parse("2026-02-01T10:00:00Z"), UTC));
  }

  @Test
  void holdAndReleaseReturnToTheHeldFromStatus() {
    Order o = simpleOrder();
    o.moveTo(cut, T0);

    o.hold(onHold);
    assertEquals(Phase.ON_HOLD, o.getPhase());
    assertSame(onHold, o.getStatus());
    assertSame(cut, o.getHeldFrom());
    assertSame(cut, o.effectiveStatus());

    assertSame(cut, o.release());
    assertSame(cut, o.getStatus());
    assertEquals(Phase.IN_PRODUCTION, o.getPhase());
    assertNull(o.getHeldFrom());
    assertSame(cut, o.effectiveStatus());
  }

  @Test
  void holdFromPendingReleasesToPending() {
    Order o = simpleOrder();

    o.hold(onHold);
    assertSame(pending, o.effectiveStatus());

    assertSame(pending, o.release());
    assertEquals(Phase.PENDING_PAYMENT, o.getPhase());
  }

  @Test
  void effectiveStatusIsCurrentStatusWhenNotOnHold() {
    Order o = simpleOrder();
    o.moveTo(received, T0);

    assertSame(received, o.effectiveStatus());
  }

  @Test
  void holdingTwiceThrows() {
    Order o = simpleOrder();
    o.moveTo(cut, T0);
    o.hold(onHold);

    BusinessException e = assertThrows(BusinessException.class, () -> o.hold(onHold));
    assertEquals("order.alreadyOnHold", e.messageKey());
    assertSame(cut, o.getHeldFrom());
  }

  @Test
  void releasingWhenNotOnHoldThrows() {
    Order o = simpleOrder();
    o.moveTo(cut, T0);

    BusinessException e = assertThrows(BusinessException.class, o::release);
    assertEquals("order.notOnHold", e.messageKey());
    assertSame(cut, o.getStatus());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void cancelWithoutReasonThrows(String reason) {
    Order o = simpleOrder();

    BusinessException e =
        assertThrows(
            BusinessException.class,
            () -> o.cancel(cancelled, reason, null, BigDecimal.ZERO, BigDecimal.ZERO, T0));
    assertEquals("reason", e.field());
    assertEquals("order.cancel.reasonRequired", e.messageKey());
    assertEquals(Phase.PENDING_PAYMENT, o.getPhase());
    assertNull(o.getCancelledAt());
  }

  @Test
  void cancelRecordsFeeAndCredit() {
    Order o = simpleOrder();
    o.moveTo(cut, T0);
    Instant when = T0.plusSeconds(7200);

    o.cancel(cancelled, "  customer changed mind  ", "  Sorry!\n ", d("60.00"), d("240.00"), when);

    assertEquals(Phase.CANCELLED, o.getPhase());
    assertSame(cancelled, o.getStatus());
    assertEquals(when, o.getCancelledAt());
    assertEquals("customer changed mind", o.getCancelReason());
    assertEquals("Sorry!", o.getCancelMessage(), "the message to the customer, trimmed");
    assertEquals(d("60.00"), o.getCancelFee());
    assertEquals(d("240.00"), o.getPendingCredit());
  }

  @Test
  void cancelWithZeroCreditLeavesNoPendingCredit() {
    Order o = simpleOrder();

    o.cancel(cancelled, "unpaid", null, d("0.00"), d("0.00"), T0);

    assertEquals(Phase.CANCELLED, o.getPhase());
    assertEquals(d("0.00"), o.getCancelFee());
    assertNull(o.getPendingCredit());
  }

  @Test
  void cancelWhileOnHoldClearsHeldFrom() {
    Order o = simpleOrder();
    o.moveTo(cut, T0);
    o.hold(onHold);

    o.cancel(cancelled, "lost material", null, d("60.00"), d("0.00"), T0);

    assertNull(o.getHeldFrom());
    assertSame(cancelled, o.effectiveStatus());
    assertEquals(Phase.CANCELLED, o.getPhase());
  }
}
