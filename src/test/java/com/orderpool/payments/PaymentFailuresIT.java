package com.orderpool.payments;

import static com.orderpool.payments.ApiCalls.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.web.HistoryText;
import com.orderpool.payments.ApiCalls.Reply;
import com.orderpool.payments.boundary.PaymentSetup;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A provider's {@code payment.failed} over HTTP: an unpaid order waiting for payment moves to the
 * tenant's Failed status with the reason in its history, once per event; a later payment moves it
 * on as for any unpaid order; paid, cancelled and shipped orders are left alone; another tenant's
 * order is out of reach.
 */
class PaymentFailuresIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject StatusSettings statuses;
  @Inject PaymentSetup setup;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject TenantRunner runner;
  @Inject Clock clock;
  @Inject HttpServletRequest request;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  /** 100.00 + 2 × 25.00 + 10.00 shipping, 21 % VAT: 193.60 EUR. */
  private Order order(String code) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann Ávila", Codes.email(code, "ann"));
    cmd.setLines(
        List.of(
            new LineInput("OX-1", "Oxford, brown", 1, new BigDecimal("100.00")),
            new LineInput("LC-2", "Laces", 2, new BigDecimal("25.00"))));
    cmd.setShippingCost(new BigDecimal("10.00"));
    return as(code, () -> orders.create(cmd));
  }

  private Order reload(String code, Order o) {
    return as(code, () -> orders.get(o.getId()));
  }

  private List<OrderHistoryEntry> history(String code, Order o) {
    return as(code, () -> orders.history(o.getId()));
  }

  private Reply post(String body, String secret) {
    ApiCalls api =
        new ApiCalls("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath());
    return api.post("stripe", body, ApiCalls.sign(body, secret, clock.instant()));
  }

  private static String failed(String id, String order, String reason) {
    var data = Json.createObjectBuilder().add("order", order).add("reference", "pi_" + id);
    if (reason != null) {
      data.add("reason", reason);
    }
    return Json.createObjectBuilder()
        .add("id", id)
        .add("type", "payment.failed")
        .add("data", data)
        .build()
        .toString();
  }

  private static long entries(List<OrderHistoryEntry> history, String field) {
    return history.stream().filter(h -> field.equals(h.getField())).count();
  }

  @Test
  void aFailedPaymentFailsTheOrderOnceAndALaterPaymentMovesItOn() {
    String code = Codes.newTenant(console);
    String secret = as(code, () -> setup.addProvider("stripe"));
    Order o = order(code);

    String body = failed("evt_f1", o.getNumber(), "Card declined: insufficient funds");
    Reply r = post(body, secret);
    assertEquals(200, r.status(), r::toString);
    assertEquals("recorded", r.json().getString("status"));
    assertEquals(o.getNumber(), r.json().getString("order"));
    assertEquals("FAILED", r.json().getString("phase"));
    assertEquals("UNPAID", r.json().getString("paymentStatus"));
    Order failed = reload(code, o);
    assertEquals(Phase.FAILED, failed.getPhase());
    assertEquals("failed", failed.getStatus().getCode(), "the tenant's first Failed status");
    assertEquals(PaymentStatus.UNPAID, failed.getPaymentStatus());

    List<OrderHistoryEntry> history = history(code, o);
    OrderHistoryEntry failure =
        history.stream()
            .filter(h -> "paymentFailed".equals(h.getField()))
            .findFirst()
            .orElseThrow();
    assertEquals("Card declined: insufficient funds", failure.getReason());
    assertEquals("stripe · pi_evt_f1", failure.getNewValue());
    OrderHistoryEntry move =
        history.stream()
            .filter(h -> "status".equals(h.getField()) && "Failed".equals(h.getNewValue()))
            .findFirst()
            .orElseThrow();
    assertEquals("Pending Payment", move.getOldValue());
    List<OrderStatus> all = as(code, () -> statuses.list());
    HistoryText.Row en = new HistoryText(Locale.ENGLISH, all).row(failure);
    assertEquals("Payment failed", en.what());
    assertEquals("Card declined: insufficient funds", en.why(), "the provider's words");
    HistoryText.Row es = new HistoryText(Locale.forLanguageTag("es"), all).row(move);
    assertEquals("Fallido", es.newValue());
    assertEquals("El pago falló en el proveedor", es.why());

    // the provider sends it again: one effect
    r = post(body, secret);
    assertEquals("duplicate", r.json().getString("status"), r::toString);
    assertEquals(history.size(), history(code, o).size());
    assertEquals(failed.getVersion(), reload(code, o).getVersion());

    // the pool finds it by its status like any other
    PoolFilter byStatus = new PoolFilter();
    byStatus.setStatusIds(List.of(failed.getStatus().getId()));
    List<Order> found = as(code, () -> orders.list(byStatus, PageRequest.of(0, 10)));
    assertEquals(List.of(o.getNumber()), found.stream().map(Order::getNumber).toList());

    // part of the money: waiting for payment again; the rest: paid and launched as usual
    String part = ApiCalls.event("evt_p1", o.getNumber(), "100.00", "EUR");
    r = post(part, secret);
    assertEquals("PARTIALLY_PAID", r.json().getString("paymentStatus"), r::toString);
    Order waiting = reload(code, o);
    assertEquals(Phase.PENDING_PAYMENT, waiting.getPhase());
    assertEquals("pending_payment", waiting.getStatus().getCode());
    String rest = ApiCalls.event("evt_p2", o.getNumber(), "93.60", "EUR");
    r = post(rest, secret);
    assertEquals("PAID", r.json().getString("paymentStatus"), r::toString);
    Order paid = reload(code, o);
    assertEquals(PaymentStatus.PAID, paid.getPaymentStatus());
    assertEquals(Phase.IN_PRODUCTION, paid.getPhase(), "launched once paid in full");
    assertEquals("queued", paid.getStatus().getCode());
    assertNotNull(paid.getWipStartAt());
  }

  @Test
  void aPaymentInFullAfterAFailureLaunchesTheOrderAtOnce() {
    String code = Codes.newTenant(console);
    String secret = as(code, () -> setup.addProvider("stripe"));
    Order o = order(code);
    assertEquals(200, post(failed("evt_f", o.getNumber(), null), secret).status());
    Order failed = reload(code, o);
    assertEquals(Phase.FAILED, failed.getPhase());
    assertEquals(
        1,
        history(code, o).stream()
            .filter(h -> "paymentFailed".equals(h.getField()) && h.getReason() == null)
            .count(),
        "no reason given: none recorded");

    Reply r = post(ApiCalls.event("evt_ok", o.getNumber(), "193.60", "EUR"), secret);
    assertEquals("recorded", r.json().getString("status"), r::toString);
    assertEquals("PAID", r.json().getString("paymentStatus"));
    Order paid = reload(code, o);
    assertEquals(Phase.IN_PRODUCTION, paid.getPhase());
    assertTrue(
        history(code, o).stream()
            .anyMatch(
                h ->
                    "status".equals(h.getField())
                        && "Failed".equals(h.getOldValue())
                        && "paid in full".equals(h.getReason())),
        "Failed → production, paid in full");
  }

  @Test
  void paidCancelledAndShippedOrdersAreLeftAloneAndAnOrderOnHoldKeepsItsHold() {
    String code = Codes.newTenant(console);
    String secret = as(code, () -> setup.addProvider("stripe"));

    Order paid = order(code);
    post(ApiCalls.event("evt_pay1", paid.getNumber(), "193.60", "EUR"), secret);
    Order before = reload(code, paid);
    Reply r = post(failed("evt_late", paid.getNumber(), "Card declined"), secret);
    assertEquals(200, r.status(), r::toString);
    assertEquals("unchanged", r.json().getString("status"));
    assertEquals("PAID", r.json().getString("paymentStatus"));
    assertEquals("IN_PRODUCTION", r.json().getString("phase"));
    Order after = reload(code, paid);
    assertEquals(Phase.IN_PRODUCTION, after.getPhase());
    assertEquals(before.getVersion(), after.getVersion(), "no change");
    assertEquals(0, entries(history(code, paid), "paymentFailed"));
    assertEquals(
        "duplicate",
        post(failed("evt_late", paid.getNumber(), "Card declined"), secret)
            .json()
            .getString("status"),
        "recorded: a replay is a duplicate");

    Order c = order(code);
    Order cancelled =
        as(code, () -> workflow.cancel(c.getId(), "changed mind", null, c.getVersion()));
    r = post(failed("evt_c", c.getNumber(), "Expired card"), secret);
    assertEquals("unchanged", r.json().getString("status"), r::toString);
    assertEquals(Phase.CANCELLED, reload(code, c).getPhase());
    assertEquals(cancelled.getVersion(), reload(code, c).getVersion());

    Order s = order(code);
    post(ApiCalls.event("evt_pay2", s.getNumber(), "193.60", "EUR"), secret);
    long method = as(code, () -> methods.active()).get(0).getId();
    Shipment shipment = as(code, () -> shipments.schedule(s.getId(), method, "PK1", null, null));
    as(code, () -> shipments.send(shipment.getId()));
    r = post(failed("evt_s", s.getNumber(), "Chargeback"), secret);
    assertEquals("unchanged", r.json().getString("status"), r::toString);
    assertEquals(Phase.SHIPPED, reload(code, s).getPhase());

    Order h = order(code);
    Order held = as(code, () -> workflow.hold(h.getId(), "customer asked", h.getVersion()));
    r = post(failed("evt_h", h.getNumber(), "Card declined"), secret);
    assertEquals("unchanged", r.json().getString("status"), r::toString);
    Order stillHeld = reload(code, h);
    assertEquals(Phase.ON_HOLD, stillHeld.getPhase(), "a hold is a person's decision: kept");
    assertEquals(held.getVersion(), stillHeld.getVersion());
    assertEquals(1, entries(history(code, h), "paymentFailed"), "the failure is in its history");
  }

  @Test
  void anotherTenantsOrderIsOutOfReach() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    String secretA = as(a, () -> setup.addProvider("stripe"));
    as(b, () -> setup.addProvider("stripe"));
    Order orderB = order(b);

    // B's order number, signed with A's secret: the number names B, whose secret it is not
    String body = failed("evt_x", orderB.getNumber(), "Card declined");
    assertProblem(post(body, secretA), 401, "unauthenticated");
    // A's own code with B's sequence: A has no such order
    String asA = failed("evt_y", orderB.getSeq() + "-" + a, "Card declined");
    assertProblem(post(asA, secretA), 404, "not-found");

    Order same = reload(b, orderB);
    assertEquals(Phase.PENDING_PAYMENT, same.getPhase());
    assertEquals(orderB.getVersion(), same.getVersion());
    assertEquals(0, entries(history(b, orderB), "paymentFailed"));
  }

  @Test
  void aFailureNeedsItsOrderAndATextReasonAndALongReasonIsCut() {
    String code = Codes.newTenant(console);
    String secret = as(code, () -> setup.addProvider("stripe"));
    Order o = order(code);
    String noOrder = "{\"id\":\"evt_n\",\"type\":\"payment.failed\",\"data\":{}}";
    Reply r = post(noOrder, secret);
    assertProblem(r, 400, "validation");
    assertEquals("data.order", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    String badReason =
        "{\"id\":\"evt_r\",\"type\":\"payment.failed\",\"data\":{\"order\":\""
            + o.getNumber()
            + "\",\"reason\":7}}";
    assertProblem(post(badReason, secret), 400, "validation");
    assertEquals(Phase.PENDING_PAYMENT, reload(code, o).getPhase());

    // a provider's long message is cut rather than refused (it would only be sent again)
    String longReason = "é".repeat(600);
    Reply r2 = post(failed("evt_long", o.getNumber().toLowerCase(Locale.ROOT), longReason), secret);
    assertEquals("recorded", r2.json().getString("status"), r2::toString);
    OrderHistoryEntry failure =
        history(code, o).stream()
            .filter(h -> "paymentFailed".equals(h.getField()))
            .findFirst()
            .orElseThrow();
    assertEquals("é".repeat(500), failure.getReason());
  }
}
