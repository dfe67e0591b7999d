package com.orderpool.webhooks;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
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
import com.orderpool.webhooks.boundary.NewSecret;
import com.orderpool.webhooks.boundary.Webhooks;
import com.orderpool.webhooks.control.WebhookSettings;
import com.orderpool.webhooks.entity.DeliveryStatus;
import com.orderpool.webhooks.entity.WebhookAttempt;
import com.orderpool.webhooks.entity.WebhookDelivery;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Outbound webhooks against a real HTTP receiver: a new order arrives signed (checked with an
 * independent HMAC); a receiver failing three times gets it on the fourth attempt with the same id,
 * and a replay sends it again with that id; 410 Gone switches the endpoint off; a run of failures
 * switches it off and e-mails the admins; a delivery waits while the relay is stopped and arrives
 * once it runs again; refused addresses; another tenant sees none of it. The test server runs with
 * a shortened retry plan (one second between attempts) and allows loopback receivers.
 */
class WebhooksIT extends InContainer {
  private static final Duration MAX = Duration.ofSeconds(60);

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject Payments payments;
  @Inject OrderWorkflow workflow;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject Webhooks webhooks;
  @Inject WebhookSettings settings;
  @Inject OutboxService outbox;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  private Order order(String code, String who) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", Codes.email(code, who));
    cmd.setLines(
        new ArrayList<>(
            List.of(new LineInput("DRB-1", "Derby shoe", 1, new BigDecimal("100.00")))));
    return as(code, () -> orders.create(cmd));
  }

  private NewSecret endpoint(String code, Receiver r, WebhookEvent... events) {
    return as(code, () -> webhooks.create(r.url(), "test receiver", List.of(events)));
  }

  private List<WebhookDelivery> deliveries(String code, WebhookEndpoint e) {
    return as(code, () -> webhooks.deliveries(e.getId(), 50));
  }

  private WebhookDelivery only(String code, WebhookEndpoint e) {
    List<WebhookDelivery> all = deliveries(code, e);
    assertEquals(1, all.size(), "deliveries: " + all.size());
    return all.get(0);
  }

  private static void eventually(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + MAX.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within " + MAX + ": " + what);
      }
      sleep(200);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  @Test
  void aNewOrderArrivesAsOrderCreatedSignedWithTheEndpointsSecret() {
    String code = Codes.newTenant(console);
    try (Receiver r = Receiver.ok()) {
      NewSecret hook = endpoint(code, r, WebhookEvent.ORDER_CREATED);
      assertTrue(hook.secret().startsWith("whsec_"), "the secret is shown once, as whsec_…");
      Order o = order(code, "ana");

      Receiver.Request got = r.await(Receiver.bodyContains(o.getNumber()), 1, MAX).get(0);
      String id = got.header("webhook-id");
      String ts = got.header("webhook-timestamp");
      assertTrue(id.startsWith("msg_"), id);
      assertTrue(
          Math.abs(Long.parseLong(ts) - Instant.now().getEpochSecond()) < 60, "timestamp " + ts);
      assertTrue(
          SignatureCheck.verify(hook.secret(), id, ts, got.body(), got.header("webhook-signature")),
          "the signature verifies with the secret: " + got.header("webhook-signature"));
      String otherKey = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
      assertTrue(
          !SignatureCheck.verify(otherKey, id, ts, got.body(), got.header("webhook-signature")),
          "another key does not verify");
      assertEquals("application/json", got.header("content-type"));

      JsonObject payload = json(got.body());
      assertEquals("order.created", payload.getString("type"));
      JsonObject data = payload.getJsonObject("data");
      assertEquals(o.getNumber(), data.getString("number"));
      assertEquals(o.getStatus().getCode(), data.getString("status"));
      assertEquals("UNPAID", data.getString("paymentStatus"));
      assertEquals(o.getTotal().toPlainString(), data.getString("total"));

      WebhookDelivery d = only(code, hook.endpoint());
      assertEquals(id, d.getMessageId());
      assertEquals(d.getSequence(), payload.getJsonNumber("sequence").longValue());
      eventually(
          "delivered", () -> only(code, hook.endpoint()).getStatus() == DeliveryStatus.DELIVERED);
      List<WebhookAttempt> attempts = as(code, () -> webhooks.attempts(d.getId()));
      assertEquals(1, attempts.size());
      assertEquals(200, attempts.get(0).getHttpStatus());
      assertEquals("answer 200", attempts.get(0).getExcerpt());
    }
  }

  @Test
  void aReceiverFailingThreeTimesGetsItOnTheFourthWithTheSameIdAndAReplaySendsItAgain() {
    String code = Codes.newTenant(console);
    try (Receiver r = new Receiver(n -> n < 3 ? 500 : 200)) {
      NewSecret hook = endpoint(code, r, WebhookEvent.ORDER_CREATED);
      Order o = order(code, "bea");
      List<Receiver.Request> got = r.await(Receiver.bodyContains(o.getNumber()), 4, MAX);
      assertEquals(4, got.size(), "three failures and the fourth attempt");
      Set<String> ids = got.stream().map(x -> x.header("webhook-id")).collect(Collectors.toSet());
      assertEquals(1, ids.size(), "the same webhook-id on every attempt: " + ids);
      assertEquals(1, got.stream().map(Receiver.Request::body).distinct().count(), "same body");
      eventually(
          "delivered on the fourth",
          () -> only(code, hook.endpoint()).getStatus() == DeliveryStatus.DELIVERED);
      WebhookDelivery d = only(code, hook.endpoint());
      assertEquals(4, d.getAttempts());
      List<Integer> statuses =
          as(code, () -> webhooks.attempts(d.getId())).stream()
              .map(WebhookAttempt::getHttpStatus)
              .toList();
      assertEquals(List.of(500, 500, 500, 200), statuses);
      assertEquals(
          0,
          as(code, () -> webhooks.endpoint(hook.endpoint().getId())).getFailureRun(),
          "a success ends the run of failures");

      as(code, () -> webhooks.replay(d.getId()));
      List<Receiver.Request> again = r.await(Receiver.bodyContains(o.getNumber()), 5, MAX);
      assertEquals(5, again.size(), "the replay arrived");
      assertEquals(ids.iterator().next(), again.get(4).header("webhook-id"), "replay keeps the id");
      assertEquals(got.get(0).body(), again.get(4).body());
      eventually(
          "replay delivered",
          () -> only(code, hook.endpoint()).getStatus() == DeliveryStatus.DELIVERED);
    }
  }

  @Test
  void goneSwitchesTheEndpointOffAndItGetsNothingMore() {
    String code = Codes.newTenant(console);
    try (Receiver r = new Receiver(n -> 410)) {
      NewSecret hook = endpoint(code, r, WebhookEvent.ORDER_CREATED);
      Order first = order(code, "cai");
      r.await(Receiver.bodyContains(first.getNumber()), 1, MAX);
      eventually(
          "switched off",
          () -> !as(code, () -> webhooks.endpoint(hook.endpoint().getId())).isEnabled());
      WebhookEndpoint off = as(code, () -> webhooks.endpoint(hook.endpoint().getId()));
      assertEquals(WebhookEndpoint.GONE, off.getDisabledReason());
      eventually(
          "given up", () -> only(code, hook.endpoint()).getStatus() == DeliveryStatus.FAILED);
      assertEquals(1, only(code, hook.endpoint()).getAttempts(), "410 is not retried");

      order(code, "dan");
      assertEquals(
          1, deliveries(code, hook.endpoint()).size(), "an endpoint that is off gets none");
      BusinessException e =
          fails(BusinessException.class, () -> as(code, () -> webhooks.sendTest(off.getId())));
      assertEquals("webhook.isOff", e.messageKey());
    }
  }

  /**
   * Paused after a failed first attempt, an endpoint's delivery waits, due, on every node (the
   * browser tests' server relays from the same database too), and goes out once resumed. The first
   * attempt is held in flight until the pause has committed, so no retry can slip in before it.
   */
  @Test
  void aPausedEndpointsDeliveryWaitsOnEveryNodeAndArrivesOnResume() {
    String code = Codes.newTenant(console);
    String other = Codes.newTenant(console);
    CountDownLatch paused = new CountDownLatch(1);
    try (Receiver r =
        new Receiver(
            n -> n == 0 ? Receiver.answerOnceReleased(paused, Duration.ofSeconds(10), 503) : 200)) {
      NewSecret hook = endpoint(code, r, WebhookEvent.ORDER_CREATED);
      long id = hook.endpoint().getId();
      Order o = order(code, "eli");
      r.await(Receiver.bodyContains(o.getNumber()), 1, MAX);
      as(code, () -> webhooks.pause(id));
      paused.countDown();
      eventually("the refusal recorded", () -> only(code, hook.endpoint()).getAttempts() == 1);
      fails(NotFoundException.class, () -> as(other, () -> webhooks.resume(id)));

      sleep(12_000); // longer than a sweep (10 s) of every node
      assertEquals(1, r.requests().size(), "nothing is sent while the endpoint is paused");
      WebhookDelivery waiting = only(code, hook.endpoint());
      assertEquals(DeliveryStatus.PENDING, waiting.getStatus());
      assertTrue(waiting.isDue(Instant.now()), "still due: " + waiting.getNextAttemptAt());
      assertEquals(1L, as(code, () -> webhooks.waiting(id)));
      assertTrue(as(code, () -> webhooks.endpoint(id)).isPaused());

      as(code, () -> webhooks.resume(id));
      List<Receiver.Request> got = r.await(Receiver.bodyContains(o.getNumber()), 2, MAX);
      assertEquals(2, got.size());
      assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
      eventually(
          "delivered after resuming",
          () -> only(code, hook.endpoint()).getStatus() == DeliveryStatus.DELIVERED);
      assertEquals(0L, as(code, () -> webhooks.waiting(id)));
    }
  }

  @Test
  void aRunOfFailuresSwitchesTheEndpointOffAndEmailsTheAdmins() {
    String code = Codes.newTenant(console);
    int before = settings.disableAfter();
    settings.useDisableAfter(3);
    try (Receiver r = new Receiver(n -> 500)) {
      NewSecret hook = endpoint(code, r, WebhookEvent.ORDER_CREATED);
      order(code, "fay");
      eventually(
          "switched off after three failures",
          () -> !as(code, () -> webhooks.endpoint(hook.endpoint().getId())).isEnabled());
      WebhookEndpoint off = as(code, () -> webhooks.endpoint(hook.endpoint().getId()));
      assertEquals(WebhookEndpoint.FAILURES, off.getDisabledReason());
      assertEquals(3, off.getFailureRun());
      eventually(
          "given up", () -> only(code, hook.endpoint()).getStatus() == DeliveryStatus.FAILED);
      var notice =
          as(code, () -> outbox.recent(50)).stream()
              .filter(m -> m.getEvent() == MailEvent.WEBHOOK_DISABLED)
              .toList();
      assertEquals(1, notice.size(), "one e-mail to the one admin");
      assertEquals(Codes.email(code, "admin"), notice.get(0).getRecipient());
      assertTrue(notice.get(0).getTextBody().contains(r.url()), notice.get(0).getTextBody());

      // switched on again, the run starts afresh and the missed delivery can be sent again
      as(
          code,
          () ->
              webhooks.update(
                  off.getId(), off.getUrl(), off.getDescription(), off.getEvents(), true));
      assertEquals(0, as(code, () -> webhooks.endpoint(off.getId())).getFailureRun());
    } finally {
      settings.useDisableAfter(before);
    }
  }

  @Test
  void paymentsStatusChangesAndInvoicesAreSentToTheEndpointsThatAskForThem() {
    String code = Codes.newTenant(console);
    try (Receiver all = Receiver.ok();
        Receiver paidOnly = Receiver.ok()) {
      endpoint(code, all, WebhookEvent.subscribable().toArray(WebhookEvent[]::new));
      endpoint(code, paidOnly, WebhookEvent.ORDER_PAID);
      Order o = order(code, "gus");
      PaymentInput in =
          new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
      in.setReference("TRF-" + o.getNumber());
      as(code, () -> payments.record(o.getId(), in, o.getVersion()));

      List<Receiver.Request> paid = paidOnly.await(r -> true, 1, MAX);
      assertEquals("order.paid", json(paid.get(0).body()).getString("type"));
      List<String> types = new ArrayList<>();
      eventually(
          "created, paid, moved and invoiced reach the endpoint for everything",
          () -> {
            types.clear();
            all.requests().forEach(x -> types.add(json(x.body()).getString("type")));
            return types.containsAll(
                List.of("order.created", "order.paid", "order.status_changed", "invoice.issued"));
          });
      List<Long> sequences =
          all.requests().stream()
              .map(x -> json(x.body()).getJsonNumber("sequence").longValue())
              .sorted()
              .toList();
      assertEquals(sequences.size(), Set.copyOf(sequences).size(), "sequences are unique");
      sleep(1500);
      assertEquals(1, paidOnly.requests().size(), "only what it subscribed to: " + types);
    }
  }

  @Test
  void aShipmentAndACancellationAreSent() {
    String code = Codes.newTenant(console);
    try (Receiver r = Receiver.ok()) {
      endpoint(code, r, WebhookEvent.ORDER_SHIPPED, WebhookEvent.ORDER_CANCELLED);
      Order shipped = order(code, "hal");
      PaymentInput in =
          new PaymentInput(PaymentMethod.BANK_TRANSFER, shipped.getTotal(), LocalDate.now());
      in.setReference("TRF-" + shipped.getNumber());
      as(code, () -> payments.record(shipped.getId(), in, shipped.getVersion()));
      long method = as(code, () -> methods.active()).get(0).getId();
      Shipment s = as(code, () -> shipments.schedule(shipped.getId(), method, "PK001ES", null, ""));
      as(code, () -> shipments.send(s.getId()));
      JsonObject sent = json(r.await(Receiver.bodyContains("order.shipped"), 1, MAX).get(0).body());
      assertEquals(shipped.getNumber(), sent.getJsonObject("data").getString("number"));
      assertEquals(
          "PK001ES", sent.getJsonObject("data").getJsonObject("tracking").getString("number"));

      Order cancelled = order(code, "ida");
      as(
          code,
          () -> workflow.cancel(cancelled.getId(), "changed mind", null, cancelled.getVersion()));
      JsonObject gone =
          json(r.await(Receiver.bodyContains("order.cancelled"), 1, MAX).get(0).body());
      assertEquals(cancelled.getNumber(), gone.getJsonObject("data").getString("number"));
      assertEquals("changed mind", gone.getJsonObject("data").getString("cancelReason"));
      assertEquals(2, r.requests().size(), "only the two events it subscribed to");
    }
  }

  @Test
  void loopbackPrivateAndMetadataAddressesAreRefused() {
    String code = Codes.newTenant(console);
    BusinessException metadata =
        fails(
            BusinessException.class,
            () ->
                as(
                    code,
                    () ->
                        webhooks.create(
                            "http://169.254.169.254/latest/meta-data",
                            null,
                            List.of(WebhookEvent.ORDER_CREATED))));
    assertEquals("webhook.url.refused", metadata.messageKey());
    BusinessException privateNet =
        fails(
            BusinessException.class,
            () ->
                as(
                    code,
                    () ->
                        webhooks.create(
                            "http://10.1.2.3/hook", null, List.of(WebhookEvent.ORDER_CREATED))));
    assertEquals("url", privateNet.field());

    try (Receiver r = Receiver.ok()) {
      NewSecret hook = endpoint(code, r, WebhookEvent.ORDER_CREATED);
      settings.allowLoopback(false);
      try {
        BusinessException loopback =
            fails(
                BusinessException.class,
                () ->
                    as(
                        code,
                        () -> webhooks.create(r.url(), null, List.of(WebhookEvent.ORDER_PAID))));
        assertEquals("webhook.url.refused", loopback.messageKey());
        // an endpoint saved earlier is checked again on every attempt
        WebhookDelivery d = as(code, () -> webhooks.sendTest(hook.endpoint().getId()));
        eventually(
            "an attempt was refused",
            () -> !as(code, () -> webhooks.attempts(d.getId())).isEmpty());
        WebhookAttempt refused = as(code, () -> webhooks.attempts(d.getId())).get(0);
        assertNull(refused.getHttpStatus());
        assertTrue(refused.getExcerpt().contains("loopback"), refused.getExcerpt());
        assertEquals(0, r.requests().size(), "nothing reached the receiver");
      } finally {
        settings.allowLoopback(true);
      }
    }
  }

  @Test
  void anotherTenantNeitherSeesNorReplaysAnEndpointOrItsDeliveries() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    try (Receiver r = Receiver.ok()) {
      NewSecret hook = endpoint(a, r, WebhookEvent.ORDER_CREATED);
      long id = hook.endpoint().getId();
      WebhookDelivery d = as(a, () -> webhooks.sendTest(id));
      r.await(x -> true, 1, MAX);

      assertTrue(as(b, () -> webhooks.endpoints()).isEmpty());
      fails(NotFoundException.class, () -> as(b, () -> webhooks.endpoint(id)));
      fails(NotFoundException.class, () -> as(b, () -> webhooks.deliveries(id, 10)));
      fails(NotFoundException.class, () -> as(b, () -> webhooks.delivery(d.getId())));
      fails(NotFoundException.class, () -> as(b, () -> webhooks.attempts(d.getId())));
      fails(NotFoundException.class, () -> as(b, () -> webhooks.replay(d.getId())));
      fails(NotFoundException.class, () -> as(b, () -> webhooks.sendTest(id)));
      fails(NotFoundException.class, () -> as(b, () -> webhooks.rotateSecret(id)));
      fails(
          NotFoundException.class,
          () ->
              as(
                  b,
                  () -> {
                    webhooks.delete(id);
                    return null;
                  }));
      assertEquals(1, as(a, () -> webhooks.endpoints()).size(), "tenant A's endpoint is intact");
    }
  }
}
