package com.orderpool.shipping;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.OrderWorkflow.BulkResult;
import com.orderpool.orders.control.OnAccount;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Ship before payment: an unpaid order ships only when the tenant allows it and its customer is
 * trusted; cancelled and on-hold orders never ship; another tenant cannot mark a customer trusted.
 * Such an order is on account: staff move it into production before payment (alone or in a bulk
 * move), it ships and still owes its balance, which it can pay after shipping; everyone else's
 * unpaid orders stay out of production. Some orders are unpaid in production the other way the
 * model allows it: paid, launched, then marked Not paid.
 */
class ShipBeforePaymentIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Payments payments;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject CustomerService customers;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static String refusal(Runnable work) {
    return assertInstanceOf(
            BusinessException.class, unwrap(assertThrows(Exception.class, work::run)))
        .messageKey();
  }

  private Order order(String code, String who) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", Codes.email(code, who));
    cmd.setLines(
        new java.util.ArrayList<>(
            List.of(new LineInput("DRB-1", "Derby shoe", 1, new BigDecimal("100.00")))));
    return as(code, () -> orders.create(cmd));
  }

  /** An order in production whose payment was taken back: unpaid, made, ready to ship. */
  private Order unpaidInProduction(String code, String who) {
    Order o = order(code, who);
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
    Order paid = as(code, () -> payments.record(o.getId(), in, o.getVersion()));
    assertEquals(Phase.IN_PRODUCTION, paid.getPhase());
    Order unpaid = as(code, () -> payments.markUnpaid(o.getId(), "on account", paid.getVersion()));
    assertEquals(PaymentStatus.UNPAID, unpaid.getPaymentStatus());
    assertEquals(Phase.IN_PRODUCTION, unpaid.getPhase());
    return unpaid;
  }

  private void trust(String code, Order o, boolean trusted) {
    as(code, () -> customers.setTrusted(o.getCustomerId(), trusted));
  }

  private void allow(String code, boolean allowed) {
    as(code, () -> methods.setShipsBeforePayment(allowed));
  }

  private Runnable schedule(String code, Order o) {
    long method = as(code, () -> methods.active()).get(0).getId();
    return () -> as(code, () -> shipments.schedule(o.getId(), method, "PK9", null, null));
  }

  @Test
  void anUnpaidOrderShipsOnlyWhenTheTenantAllowsItAndTheCustomerIsTrusted() {
    String code = Codes.newTenant(console);
    assertFalse(as(code, () -> methods.shipsBeforePayment()), "off by default");
    Order trusted = unpaidInProduction(code, "tina");
    trust(code, trusted, true);
    assertTrue(as(code, () -> customers.get(trusted.getCustomerId())).isTrusted());
    assertEquals("shipment.unpaid.notAllowed", refusal(schedule(code, trusted)), "setting off");

    allow(code, true);
    assertTrue(as(code, () -> methods.shipsBeforePayment()));
    long method = as(code, () -> methods.active()).get(0).getId();
    Shipment s = as(code, () -> shipments.schedule(trusted.getId(), method, "PK1", null, null));
    as(code, () -> shipments.send(s.getId()));
    Order shipped = as(code, () -> orders.get(trusted.getId()));
    assertEquals(Phase.SHIPPED, shipped.getPhase(), "shipped before payment");
    assertEquals(PaymentStatus.UNPAID, shipped.getPaymentStatus());

    Order untrusted = unpaidInProduction(code, "ugo");
    assertEquals("shipment.unpaid.untrusted", refusal(schedule(code, untrusted)));

    // trust withdrawn between scheduling and sending: it does not leave
    Order later = unpaidInProduction(code, "vic");
    trust(code, later, true);
    Shipment waiting = as(code, () -> shipments.schedule(later.getId(), method, "PK2", null, null));
    trust(code, later, false);
    assertEquals(
        "shipment.unpaid.untrusted",
        refusal(() -> as(code, () -> shipments.send(waiting.getId()))));
    assertEquals(Phase.IN_PRODUCTION, as(code, () -> orders.get(later.getId())).getPhase());

    // before payment is not before production
    Order waitingForPayment = order(code, "tina");
    assertEquals("shipment.notReady", refusal(schedule(code, waitingForPayment)));
  }

  @Test
  void cancelledAndOnHoldOrdersNeverShipEvenForATrustedCustomer() {
    String code = Codes.newTenant(console);
    allow(code, true);
    Order h = unpaidInProduction(code, "wes");
    trust(code, h, true);
    Order held = as(code, () -> workflow.hold(h.getId(), "customer asked", h.getVersion()));
    assertEquals("shipment.onHold", refusal(schedule(code, held)));

    Order c = order(code, "wes");
    Order cancelled =
        as(code, () -> workflow.cancel(c.getId(), "changed mind", null, c.getVersion()));
    assertEquals("shipment.cancelled", refusal(schedule(code, cancelled)));
  }

  @Test
  void anotherTenantCannotMarkACustomerTrusted() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Order o = order(a, "xia");
    long customer = o.getCustomerId();
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> as(b, () -> customers.setTrusted(customer, true)))));
    assertFalse(as(a, () -> customers.get(customer)).isTrusted());
    allow(b, true);
    assertFalse(as(a, () -> methods.shipsBeforePayment()), "each tenant its own setting");
  }

  /** The tenant's first production status: what the dashboard offers an order waiting for money. */
  private OrderStatus firstInProduction(String code, Order o) {
    List<OrderStatus> next = as(code, () -> workflow.nextStatuses(o.getId()));
    assertEquals(Phase.IN_PRODUCTION, next.get(0).getPhase(), "offered: " + next);
    return next.get(0);
  }

  private Order move(String code, Order o, OrderStatus to) {
    return as(code, () -> workflow.moveTo(o.getId(), to.getId(), o.getVersion()));
  }

  private List<OrderHistoryEntry> statusMoves(String code, Order o) {
    return as(code, () -> orders.history(o.getId())).stream()
        .filter(h -> "status".equals(h.getField()))
        .toList();
  }

  @Test
  void aTrustedCustomersUnpaidOrderGoesIntoProductionOnAccountShipsAndStillOwes() {
    String code = Codes.newTenant(console);
    allow(code, true);
    Order o = order(code, "yan");
    trust(code, o, true);
    Order waiting = as(code, () -> orders.get(o.getId()));
    assertEquals(Phase.PENDING_PAYMENT, waiting.getPhase(), "never launched by itself");

    OrderStatus first = firstInProduction(code, waiting);
    Order made = move(code, waiting, first);
    assertEquals(Phase.IN_PRODUCTION, made.getPhase());
    assertEquals(PaymentStatus.UNPAID, made.getPaymentStatus(), "still unpaid");
    assertTrue(made.isPayable());
    assertEquals(
        OnAccount.NOTE, statusMoves(code, o).get(statusMoves(code, o).size() - 1).getReason());

    long method = as(code, () -> methods.active()).get(0).getId();
    Shipment s = as(code, () -> shipments.schedule(o.getId(), method, "PK7", null, null));
    as(code, () -> shipments.send(s.getId()));
    Order shipped = as(code, () -> orders.get(o.getId()));
    assertEquals(Phase.SHIPPED, shipped.getPhase());
    assertEquals(PaymentStatus.UNPAID, shipped.getPaymentStatus());
    assertEquals(0, shipped.balanceDue().compareTo(shipped.getTotal()), "owes the whole balance");

    // the customer pays later: the shipped order takes the payment and stays shipped
    PaymentInput in =
        new PaymentInput(PaymentMethod.BANK_TRANSFER, shipped.getTotal(), LocalDate.now());
    Order paid = as(code, () -> payments.record(o.getId(), in, shipped.getVersion()));
    assertEquals(PaymentStatus.PAID, paid.getPaymentStatus());
    assertEquals(Phase.SHIPPED, paid.getPhase());
  }

  @Test
  void everyoneElsesUnpaidOrdersStayOutOfProduction() {
    String code = Codes.newTenant(console);
    Order trusted = order(code, "zoe");
    trust(code, trusted, true);
    OrderStatus first = firstInProduction(code, trusted);
    assertEquals("order.move.unpaid", refusal(() -> move(code, trusted, first)), "setting off");
    BulkResult off = as(code, () -> workflow.moveMany(List.of(trusted.getId()), first.getId()));
    assertEquals(0, off.moved());
    assertEquals(List.of(trusted.getNumber()), off.unpaid());

    allow(code, true);
    Order untrusted = order(code, "abe");
    assertEquals("order.move.unpaid", refusal(() -> move(code, untrusted, first)), "not trusted");
    assertEquals(Phase.PENDING_PAYMENT, as(code, () -> orders.get(untrusted.getId())).getPhase());

    // bulk: the trusted customer's orders move on account, the other one is named unpaid
    Order second = order(code, "zoe");
    BulkResult bulk =
        as(
            code,
            () ->
                workflow.moveMany(
                    List.of(trusted.getId(), untrusted.getId(), second.getId()), first.getId()));
    assertEquals(2, bulk.moved());
    assertEquals(List.of(untrusted.getNumber()), bulk.unpaid());
    assertEquals(List.of(trusted.getNumber(), second.getNumber()), bulk.onAccount());
    for (Order o : List.of(trusted, second)) {
      Order moved = as(code, () -> orders.get(o.getId()));
      assertEquals(Phase.IN_PRODUCTION, moved.getPhase());
      assertEquals(PaymentStatus.UNPAID, moved.getPaymentStatus());
      List<OrderHistoryEntry> history = statusMoves(code, o);
      assertEquals(OnAccount.NOTE, history.get(history.size() - 1).getReason());
    }
    assertEquals(Phase.PENDING_PAYMENT, as(code, () -> orders.get(untrusted.getId())).getPhase());
  }

  @Test
  void anotherTenantCannotMoveAnOrderOnAccount() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    allow(a, true);
    allow(b, true);
    Order o = order(a, "bea");
    trust(a, o, true);
    OrderStatus first = firstInProduction(a, o);
    long target = first.getId(); // B has no orders: A's order id names nothing there
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () -> as(b, () -> workflow.moveTo(o.getId(), target, o.getVersion())))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () -> as(b, () -> workflow.moveMany(List.of(o.getId()), target)))));
    assertEquals(Phase.PENDING_PAYMENT, as(a, () -> orders.get(o.getId())).getPhase());
    assertEquals(Phase.IN_PRODUCTION, move(a, o, first).getPhase(), "its own tenant may");
  }
}
