package com.orderpool.orders.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
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
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusMachineTest {
  private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

  private OrderStatus pending;
  private OrderStatus onHold;
  private OrderStatus received;
  private OrderStatus cut;
  private OrderStatus sewing;
  private OrderStatus shipped;
  private OrderStatus completed;
  private OrderStatus cancelled;
  private List<OrderStatus> all;

  private static OrderStatus status(String code, Phase phase, int order, String nameEn) {
    return new OrderStatus(code, phase, order, "#000000", nameEn, nameEn + " (es)");
  }

  @BeforeEach
  void statuses() {
    pending = status("pending_payment", Phase.PENDING_PAYMENT, 10, "Pending Payment");
    onHold = status("on_hold", Phase.ON_HOLD, 20, "On Hold");
    received = status("received", Phase.IN_PRODUCTION, 30, "Received");
    cut = status("cut", Phase.IN_PRODUCTION, 40, "Cut");
    sewing = status("sewing", Phase.IN_PRODUCTION, 50, "Sewing");
    shipped = status("shipped", Phase.SHIPPED, 90, "Shipped");
    completed = status("completed", Phase.COMPLETED, 100, "Completed");
    cancelled = status("cancelled", Phase.CANCELLED, 110, "Cancelled");
    // deliberately not in display order: the machine sorts them
    all = List.of(completed, sewing, pending, shipped, cancelled, received, onHold, cut);
  }

  private StatusMachine machine() {
    return new StatusMachine(all);
  }

  private Order newOrder() {
    Placement p =
        new Placement(
            OrderType.MTO,
            Channel.BACKOFFICE,
            "Derby",
            1,
            "Ann",
            "ann@x.test",
            List.of(new LineSpec(null, "Derby", 1, BigDecimal.TEN, null)),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.valueOf(21),
            "EUR",
            null);
    Order o = Order.place(10001, "BFG", p, pending, "tester", T0);
    o.receive(o.getTotal(), T0); // paid: it may go to production
    return o;
  }

  private Order orderAt(OrderStatus status) {
    Order o = newOrder();
    o.moveTo(status, T0.plusSeconds(60));
    return o;
  }

  @Test
  void pendingLaunchesOnlyIntoFirstProductionStatus() {
    assertEquals(List.of(received), machine().nextStatuses(newOrder()));
  }

  @Test
  void pendingWithoutProductionStatusGoesNowhere() {
    StatusMachine m = new StatusMachine(List.of(pending, shipped, completed));

    assertEquals(List.of(), m.nextStatuses(newOrder()));
  }

  @Test
  void firstProductionStatusMovesToAllLaterProductionAndShipped() {
    assertEquals(List.of(cut, sewing, shipped), machine().nextStatuses(orderAt(received)));
  }

  @Test
  void laterProductionStatusNeverMovesBackwards() {
    assertEquals(List.of(sewing, shipped), machine().nextStatuses(orderAt(cut)));
    assertEquals(List.of(shipped), machine().nextStatuses(orderAt(sewing)));
  }

  @Test
  void productionIncludesEveryShippedStatus() {
    OrderStatus express = status("shipped_express", Phase.SHIPPED, 95, "Shipped Express");
    StatusMachine m =
        new StatusMachine(List.of(pending, received, cut, shipped, express, completed));

    assertEquals(List.of(cut, shipped, express), m.nextStatuses(orderAt(received)));
  }

  @Test
  void shippedMovesToCompleted() {
    assertEquals(List.of(completed), machine().nextStatuses(orderAt(shipped)));
  }

  @Test
  void onHoldGoesNowhere() {
    Order o = orderAt(cut);
    o.hold(onHold);

    assertEquals(List.of(), machine().nextStatuses(o));
  }

  @Test
  void cancelledGoesNowhere() {
    Order o = orderAt(cut);
    o.cancel(cancelled, "customer changed mind", null, BigDecimal.ZERO, BigDecimal.ZERO, T0);

    assertEquals(List.of(), machine().nextStatuses(o));
  }

  @Test
  void completedGoesNowhere() {
    Order o = orderAt(shipped);
    o.moveTo(completed, T0.plusSeconds(120));

    assertEquals(List.of(), machine().nextStatuses(o));
  }

  @Test
  void closedPhasesIgnoreExplicitNextStatuses() {
    completed.getNextStatuses().add(shipped);
    Order o = orderAt(completed);

    assertEquals(List.of(), machine().nextStatuses(o));
  }

  @Test
  void retiredStatusesAreNeverTargets() {
    received.setRetired(true);
    sewing.setRetired(true);

    assertEquals(List.of(cut), machine().nextStatuses(newOrder()));
    assertEquals(List.of(shipped), machine().nextStatuses(orderAt(cut)));
  }

  @Test
  void retiredExplicitNextStatusIsNotATarget() {
    cut.getNextStatuses().add(sewing);
    cut.getNextStatuses().add(shipped);
    shipped.setRetired(true);

    assertEquals(List.of(sewing), machine().nextStatuses(orderAt(cut)));
  }

  @Test
  void explicitNextStatusesReplaceTheDefaultRule() {
    received.getNextStatuses().add(shipped);

    assertEquals(List.of(shipped), machine().nextStatuses(orderAt(received)));
  }

  @Test
  void explicitNextStatusesMayGoBackwardsAndAreSortedByDisplayOrder() {
    sewing.getNextStatuses().add(shipped);
    sewing.getNextStatuses().add(received);

    assertEquals(List.of(received, shipped), machine().nextStatuses(orderAt(sewing)));
  }

  @Test
  void explicitNextStatusesOnPendingReplaceLaunchRule() {
    pending.getNextStatuses().add(cut);

    assertEquals(List.of(cut), machine().nextStatuses(newOrder()));
  }

  @Test
  void checkAcceptsAnAllowedMove() {
    Order o = newOrder();
    StatusMachine m = machine();

    m.check(o, received);
    o.moveTo(received, T0);

    assertSame(received, o.getStatus());
  }

  @Test
  void checkRejectsADisallowedMove() {
    Order o = newOrder();

    BusinessException e = assertThrows(BusinessException.class, () -> machine().check(o, shipped));

    assertEquals("status", e.field());
    assertEquals("status.transition.notAllowed", e.messageKey());
    assertArrayEquals(new Object[] {"Pending Payment", "Shipped"}, e.args());
    assertSame(pending, o.getStatus());
  }

  @Test
  void checkRejectsMovingBackwards() {
    BusinessException e =
        assertThrows(BusinessException.class, () -> machine().check(orderAt(sewing), cut));

    assertEquals("status", e.field());
    assertArrayEquals(new Object[] {"Sewing", "Cut"}, e.args());
  }

  @Test
  void checkRejectsRetiredTarget() {
    received.setRetired(true);

    BusinessException e =
        assertThrows(BusinessException.class, () -> machine().check(newOrder(), received));

    assertEquals("status", e.field());
  }

  @Test
  void firstPicksLowestDisplayOrderOfActiveStatuses() {
    StatusMachine m = machine();

    assertEquals(Optional.of(received), m.first(Phase.IN_PRODUCTION));
    assertEquals(Optional.empty(), m.first(Phase.REFUNDED));

    received.setRetired(true);
    assertEquals(Optional.of(cut), machine().first(Phase.IN_PRODUCTION));
  }

  @Test
  void requireReturnsFirstStatusOfPhase() {
    assertSame(onHold, machine().require(Phase.ON_HOLD));
    assertSame(received, machine().require(Phase.IN_PRODUCTION));
  }

  @Test
  void requireThrowsWhenPhaseHasNoStatus() {
    BusinessException e =
        assertThrows(BusinessException.class, () -> machine().require(Phase.REFUNDED));

    assertTrue(e.getMessage().contains("REFUNDED"), e.getMessage());
    assertEquals(422, e.httpStatus());
  }

  /** A missing phase is a page-level error naming the phase. */
  @Test
  void requireReportsMissingPhaseKeyWithPhaseAsArgument() {
    BusinessException e =
        assertThrows(BusinessException.class, () -> machine().require(Phase.REFUNDED));

    assertEquals("status.missingPhase", e.messageKey());
    assertArrayEquals(new Object[] {"REFUNDED"}, e.args());
    assertNull(e.field());
  }

  @Test
  void requireIgnoresRetiredStatuses() {
    cancelled.setRetired(true);

    BusinessException e =
        assertThrows(BusinessException.class, () -> machine().require(Phase.CANCELLED));
    assertTrue(e.getMessage().contains("CANCELLED"));
  }
}
