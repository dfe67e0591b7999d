package com.orderpool.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.ApiClient;
import com.orderpool.dev.PayaraProcess;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.webhooks.boundary.NewSecret;
import com.orderpool.webhooks.boundary.Webhooks;
import com.orderpool.webhooks.control.WebhookSettings;
import com.orderpool.webhooks.entity.DeliveryStatus;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A real second server over the same database: killed while it is sending a webhook, and started
 * again. This server's relay is paused meanwhile, so the deliveries are the other node's to make
 * (or, in the full suite, the browser tests' server's: then the run is skipped, see below).
 */
class WebhookNodeRestartIT extends InContainer {
  private static final Duration BOOT = Duration.ofMinutes(5);

  /** The lease (30 s in tests) plus a sweep (10 s) and the retry waits, with room to spare. */
  private static final Duration AFTER_RESTART = Duration.ofSeconds(240);

  /** Tries at making the node, not another server, hold the attempt in flight. */
  private static final int ROUNDS = 3;

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject Webhooks webhooks;
  @Inject WebhookSettings settings;
  @Inject TenantRunner runner;
  @Inject ApiKeys keys;

  @Test
  void aNodeKilledMidDeliveryAndStartedAgainLosesNothing() throws Exception {
    String code = Codes.newTenant(console);
    String apiKey = keys.issue(code, "restart", Set.of("orders:write"), null, "test").key();
    // per order: the first attempt is refused, the second hangs until its round's release (its
    // server is killed meanwhile), the later ones are taken
    Map<String, Integer> seen = new ConcurrentHashMap<>();
    Map<String, CountDownLatch> releases = new ConcurrentHashMap<>();
    Receiver[] holder = new Receiver[1];
    Receiver r =
        new Receiver(
            n -> {
              String body = holder[0].requests().get(n).body();
              // the round's reference is the customer's e-mail, which the payload carries
              String ref =
                  releases.keySet().stream()
                      .filter(k -> body.contains(k + "@"))
                      .findFirst()
                      .orElse("");
              if (ref.isEmpty()) {
                return 200; // not a round's order: taken at once
              }
              int attempt = seen.merge(ref, 1, Integer::sum);
              return attempt == 1
                  ? 500
                  : attempt == 2
                      ? Receiver.answerOnceReleased(releases.get(ref), Duration.ofSeconds(60), 200)
                      : 200;
            });
    holder[0] = r;
    settings.pause(true);
    PayaraProcess node = null;
    try {
      NewSecret hook =
          runner.call(
              code,
              () ->
                  webhooks.create(
                      r.url(), "restart receiver", List.of(WebhookEvent.ORDER_CREATED)));
      // The browser tests' server relays from the same database when it runs (the full suite): if
      // it, not the node, makes the attempt in flight, the kill interrupts nothing, and the round
      // is played again. The order is placed through the node's API, so the node is woken at once
      // and usually makes both attempts.
      String first = null;
      for (int round = 1; round <= ROUNDS && first == null; round++) {
        node = startNode();
        String ref = "restart-" + round;
        releases.put(ref, new CountDownLatch(1));
        String number = placeThrough(node, apiKey, ref);
        List<Receiver.Request> before =
            r.await(Receiver.bodyContains(number), 2, Duration.ofSeconds(60));
        assertEquals(2, before.size(), "a refusal, then an attempt in flight");
        node.kill();
        node = null;
        releases.get(ref).countDown();
        Thread.sleep(3000);
        if (!delivered(code, hook, number)) {
          first = number;
        }
      }
      assertTrue(
          first != null, "the node never made the attempt in flight in " + ROUNDS + " rounds");
      String firstNumber = first;
      // while no node relays, another event is written to the outbox
      Order second = order(code, "second");
      node = startNode();

      List<Receiver.Request> firstGot =
          r.await(Receiver.bodyContains(firstNumber), 3, AFTER_RESTART);
      List<Receiver.Request> secondGot =
          r.await(Receiver.bodyContains(second.getNumber()), 1, AFTER_RESTART);
      assertEquals(3, firstGot.size(), "the interrupted delivery is sent again after the restart");
      assertEquals(
          1,
          firstGot.stream().map(x -> x.header("webhook-id")).distinct().count(),
          "one webhook-id across the crash: "
              + firstGot.stream().map(x -> x.header("webhook-id")).collect(Collectors.toList()));
      assertEquals(1, secondGot.size(), "the event written while no node ran arrives once");

      waitDelivered(code, hook, firstNumber, second.getNumber());
      Thread.sleep(2000);
      assertEquals(3, r.await(Receiver.bodyContains(firstNumber), 4, Duration.ZERO).size());
      assertEquals(
          1,
          r.await(Receiver.bodyContains(second.getNumber()), 2, Duration.ZERO).size(),
          "nothing sent twice once delivered");
    } finally {
      settings.pause(false);
      releases.values().forEach(CountDownLatch::countDown);
      if (node != null) {
        node.close();
      }
      r.close();
    }
  }

  /** Places an order through the node's API; answers its number. */
  private static String placeThrough(PayaraProcess node, String apiKey, String ref)
      throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + node.port() + "/api/v1/orders"))
                    .header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            ApiClient.example(ref)
                                .replace("ana@customer.example", ref + "@customer.example")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, answer.statusCode(), answer.body());
    Matcher number = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(answer.body());
    assertTrue(number.find(), answer.body());
    return number.group(1);
  }

  private boolean delivered(String code, NewSecret hook, String number) {
    return runner.call(code, () -> webhooks.deliveries(hook.endpoint().getId(), 10)).stream()
        .anyMatch(d -> d.getStatus() == DeliveryStatus.DELIVERED && d.body().contains(number));
  }

  private void waitDelivered(String code, NewSecret hook, String... numbers)
      throws InterruptedException {
    long end = System.nanoTime() + AFTER_RESTART.toNanos();
    while (System.nanoTime() < end) {
      if (java.util.Arrays.stream(numbers).allMatch(n -> delivered(code, hook, n))) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not all delivered: " + java.util.Arrays.toString(numbers));
  }

  private Order order(String code, String who) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", Codes.email(code, who));
    cmd.setLines(
        new ArrayList<>(
            List.of(new LineInput("DRB-1", "Derby shoe", 1, new BigDecimal("100.00")))));
    return runner.call(code, () -> orders.create(cmd));
  }

  /** A second Payara Micro with the same WAR and settings as this one (its -D orderpool.*). */
  private static PayaraProcess startNode() {
    File build = new File(System.getProperty("orderpool.buildDir"));
    Map<String, String> settings = new LinkedHashMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("orderpool.") && !k.startsWith("orderpool.home"))
        .sorted()
        .forEach(k -> settings.put(k, System.getProperty(k)));
    return PayaraProcess.start(
        new File(build, "payara-micro.jar"),
        new File(build, "orderpool.war"),
        new File(build, "restart-node"),
        0,
        settings,
        new File(build, "restart-node.log"),
        null,
        BOOT,
        p -> {});
  }
}
