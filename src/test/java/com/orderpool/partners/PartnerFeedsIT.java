package com.orderpool.partners;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.ApiClient;
import com.orderpool.api.ApiClient.Reply;
import com.orderpool.api.control.OrderFeed;
import com.orderpool.core.BusinessException;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.partners.boundary.PartnerStatus;
import com.orderpool.partners.boundary.PartnerSubmissions;
import com.orderpool.partners.boundary.Partners;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerKind;
import com.orderpool.partners.entity.RuleType;
import com.orderpool.partners.entity.SubmissionStatus;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.webhooks.Receiver;
import com.orderpool.webhooks.SignatureCheck;
import com.orderpool.webhooks.boundary.NewSecret;
import com.orderpool.webhooks.boundary.Webhooks;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The partner channels by webhook and by pull: a partner with a webhook channel gets its submitted
 * orders and their cancellations as signed {@code partner.*} deliveries at the endpoint chosen for
 * it (and no other endpoint gets them); a delivery given up marks the submission Failed; a key
 * bound to a partner reads and ships only the orders submitted to it, and another tenant's orders
 * are not found.
 */
class PartnerFeedsIT extends InContainer {
  private static final Duration MAX = Duration.ofSeconds(30);

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Partners partners;
  @Inject PartnerSubmissions submissions;
  @Inject Payments payments;
  @Inject Webhooks webhooks;
  @Inject TenantRunner runner;
  @Inject HttpServletRequest request;
  @Inject ApiKeys keys;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api";
  }

  private Order order(String code, String sku) {
    NewOrder cmd =
        TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann Ávila", Codes.email(code, "ann-" + sku));
    cmd.setLines(
        new ArrayList<>(
            List.of(new LineInput(sku, "Oxford, black calf", 1, new BigDecimal("50.00")))));
    return as(code, () -> orders.create(cmd));
  }

  private Partner partner(String code, String name) {
    return as(
        code,
        () ->
            partners.save(
                null, name, PartnerKind.SUPPLIER, RuleType.ALL, null, Codes.email(code, "p")));
  }

  private PartnerStatus submit(String code, Order o, Partner p) {
    return as(code, () -> submissions.submit(o.getId(), p.getId()));
  }

  private ApiClient partnerKey(String code, Partner p) {
    String key =
        as(
                code,
                () ->
                    partners.issueKey(
                        p.getId(), "pull " + p.getName(), ApiKeys.PARTNER_SCOPES, null))
            .key();
    return new ApiClient(base(), key);
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static Receiver.Request signedDelivery(
      Receiver r, String type, String number, String secret) {
    List<Receiver.Request> got =
        r.await(q -> q.body().contains(type) && q.body().contains(number), 1, MAX);
    assertEquals(1, got.size(), () -> type + " of " + number + " arrived: " + r.requests());
    Receiver.Request d = got.get(0);
    assertTrue(
        SignatureCheck.verify(
            secret,
            d.header("webhook-id"),
            d.header("webhook-timestamp"),
            d.body(),
            d.header("webhook-signature")),
        "the signature verifies: " + d.header("webhook-signature"));
    return d;
  }

  private static void eventually(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + MAX.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within " + MAX + ": " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Test
  void aPartnersWebhookGetsItsSubmittedAndCancelledOrdersSignedAndNoOtherEndpointDoes() {
    String code = Codes.newTenant(console);
    try (Receiver partnerHook = Receiver.ok();
        Receiver everything = Receiver.ok()) {
      // an endpoint kept for the partner (no events of its own), and one subscribed to all events
      NewSecret hook = as(code, () -> webhooks.create(partnerHook.url(), "Elche", List.of()));
      as(code, () -> webhooks.create(everything.url(), "all", WebhookEvent.subscribable()));
      Partner elche = partner(code, "Taller Elche");
      as(code, () -> partners.setWebhook(elche.getId(), hook.endpoint().getId()));
      assertEquals(
          hook.endpoint().getId(),
          as(code, () -> partners.get(elche.getId())).getWebhookEndpointId());
      Order o = order(code, "OX-38");

      PartnerStatus s = submit(code, o, elche);
      assertEquals(SubmissionStatus.SUBMITTED, s.status());

      Receiver.Request sent =
          signedDelivery(partnerHook, "partner.order_submitted", o.getNumber(), hook.secret());
      JsonObject body = json(sent.body());
      assertEquals("partner.order_submitted", body.getString("type"));
      JsonObject data = body.getJsonObject("data");
      assertEquals(o.getNumber(), data.getString("number"));
      assertEquals("Taller Elche", data.getJsonObject("partner").getString("name"));
      JsonObject line = data.getJsonArray("lines").getJsonObject(0);
      assertEquals("OX-38", line.getString("sku"));
      assertFalse(line.containsKey("unitPrice"), "no prices: " + line);
      assertFalse(data.containsKey("costs"), "no prices: " + data);
      assertFalse(sent.body().contains("50.00"), "no amount anywhere: " + sent.body());

      Order now = as(code, () -> orders.get(o.getId()));
      as(code, () -> workflow.cancel(now.getId(), "customer changed mind", null, now.getVersion()));
      Receiver.Request cancelled =
          signedDelivery(partnerHook, "partner.order_cancelled", o.getNumber(), hook.secret());
      assertEquals("CANCELLED", json(cancelled.body()).getJsonObject("data").getString("phase"));

      // the endpoint subscribed to everything got the order's own events, never the partner's
      everything.await(Receiver.bodyContains("order.cancelled"), 1, MAX);
      assertFalse(everything.requests().isEmpty(), "the ordinary endpoint works");
      assertTrue(
          everything.requests().stream().noneMatch(q -> q.body().contains("partner.order_")),
          "no partner event at an ordinary endpoint");
      assertTrue(
          partnerHook.requests().stream()
              .allMatch(q -> json(q.body()).getString("type").startsWith("partner.order_")),
          "the partner's endpoint gets only partner events");
    }
  }

  @Test
  void aDeliveryGivenUpMarksTheSubmissionFailedWithTheReason() {
    String code = Codes.newTenant(console);
    try (Receiver gone = new Receiver(n -> 410)) {
      NewSecret hook = as(code, () -> webhooks.create(gone.url(), "gone", List.of()));
      Partner p = partner(code, "Taller Gone");
      as(code, () -> partners.setWebhook(p.getId(), hook.endpoint().getId()));
      Order o = order(code, "GN-1");
      assertEquals(SubmissionStatus.SUBMITTED, submit(code, o, p).status());

      eventually(
          "the submission turns Failed",
          () ->
              as(code, () -> submissions.ofOrder(o.getId())).get(0).status()
                  == SubmissionStatus.FAILED);
      PartnerStatus failed = as(code, () -> submissions.ofOrder(o.getId())).get(0);
      assertTrue(failed.reason().contains("410"), failed.reason());

      // the endpoint is off now: a Resubmit fails at once, saying so
      PartnerStatus again = as(code, () -> submissions.resubmit(o.getId(), p.getId()));
      assertEquals(SubmissionStatus.FAILED, again.status());
      assertEquals("partner.webhook.off", again.reason());
    }
  }

  @Test
  void aPartnersKeySeesAndShipsOnlyItsSubmittedOrdersAndNothingOfAnotherTenant() throws Exception {
    String code = Codes.newTenant(console);
    Partner elche = partner(code, "Taller Elche");
    Order mine = order(code, "OX-40");
    Order other = order(code, "OX-41");
    submit(code, mine, elche);
    ApiClient api = partnerKey(code, elche);

    Reply read = api.get("/v1/orders/" + mine.getNumber());
    assertEquals(200, read.status(), read::toString);
    assertEquals(mine.getNumber(), read.json().getString("number"));
    assertFalse(read.json().containsKey("costs"), "no prices for a partner");
    assertEquals(404, api.get("/v1/orders/" + other.getNumber()).status());

    Thread.sleep(OrderFeed.lag().toMillis() + 500);
    Reply list = api.get("/v1/orders");
    assertEquals(200, list.status(), list::toString);
    assertEquals(
        List.of(mine.getNumber()),
        list.json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
            .map(j -> j.getString("number"))
            .toList());

    // nothing else writes, nor reads invoices
    assertEquals(
        403,
        api.post("/v1/orders/" + mine.getNumber() + "/cancel", "{\"reason\":\"x\"}", null)
            .status());
    assertEquals(403, api.get("/v1/invoices").status());
    Exception wider =
        assertThrows(
            Exception.class,
            () ->
                as(
                    code,
                    () ->
                        partners.issueKey(
                            elche.getId(), "wide", List.of("orders:write"), LocalDate.now())));
    assertInstanceOf(BusinessException.class, unwrap(wider));

    // it ships its order (paid first), not another
    Order paid = as(code, () -> orders.get(mine.getId()));
    PaymentInput in =
        new PaymentInput(PaymentMethod.BANK_TRANSFER, paid.getTotal(), LocalDate.now());
    in.setReference("TRF-" + paid.getNumber());
    as(code, () -> payments.record(paid.getId(), in, paid.getVersion()));
    String shipment = "{\"method\":\"Standard delivery\",\"trackingNumbers\":[\"PK1\"]}";
    assertEquals(
        404, api.post("/v1/orders/" + other.getNumber() + "/shipments", shipment, null).status());
    Reply shipped = api.post("/v1/orders/" + mine.getNumber() + "/shipments", shipment, null);
    assertEquals(201, shipped.status(), shipped::toString);
    assertEquals("SENT", shipped.json().getString("status"));
    assertEquals("SHIPPED", shipped.json().getJsonObject("order").getString("phase"));
    assertTrue(
        shipped.json().getJsonArray("trackingNumbers").getValuesAs(JsonString.class).stream()
            .anyMatch(t -> t.getString().equals("PK1")));
    assertEquals("SHIPPED", as(code, () -> orders.get(mine.getId())).getPhase().name());

    // an Idempotency-Key another key used does not replay that key's answer to the partner's key
    ApiClient whole =
        new ApiClient(
            base(),
            keys.issue(code, "whole", java.util.Set.copyOf(ApiKeys.SCOPES), null, "test").key());
    String cancel = "{\"reason\":\"customer changed mind\"}";
    String otherCancel = "/v1/orders/" + other.getNumber() + "/cancel";
    assertEquals(200, whole.send("POST", otherCancel, cancel, "same-key-1").status());
    Reply reused = api.send("POST", otherCancel, cancel, "same-key-1");
    assertEquals(422, reused.status(), reused::toString);
    assertFalse(String.valueOf(reused.json()).contains("costs"), reused::toString);

    // another tenant's partner key sees none of it, and this key none of the other tenant's
    String codeB = Codes.newTenant(console);
    Partner b = partner(codeB, "Taller Elche");
    Order bOrder = order(codeB, "OX-40");
    submit(codeB, bOrder, b);
    ApiClient apiB = partnerKey(codeB, b);
    assertEquals(404, apiB.get("/v1/orders/" + mine.getNumber()).status());
    assertEquals(404, api.get("/v1/orders/" + bOrder.getNumber()).status());
    assertEquals(
        404, apiB.post("/v1/orders/" + mine.getNumber() + "/shipments", shipment, null).status());
    Thread.sleep(OrderFeed.lag().toMillis() + 500);
    assertEquals(
        List.of(bOrder.getNumber()),
        apiB.get("/v1/orders").json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
            .map(j -> j.getString("number"))
            .toList());
  }
}
