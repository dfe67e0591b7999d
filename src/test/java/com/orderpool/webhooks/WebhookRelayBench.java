package com.orderpool.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.ApiClient;
import com.orderpool.api.control.ApiSettings;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.support.Codes;
import com.orderpool.support.HttpLoad;
import com.orderpool.support.InContainer;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import com.orderpool.webhooks.boundary.Webhooks;
import com.orderpool.webhooks.control.WebhookSettings;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (mvn verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=WebhookRelayBench): the webhook relay ({@code WebhookTimer}, woken after each commit
 * that queued a delivery) delivering {@code order.created} to a local receiver ({@link Receiver}: a
 * {@code com.sun.net.httpserver.HttpServer} on loopback answering 200 at once) while orders arrive
 * through {@code POST /api/v1/orders} (from the server's own JVM, {@link HttpLoad}). One tenant,
 * one endpoint. After a warm-up of 50 orders (not counted): orders at a steady rate ({@code
 * bench.webhooks.rate} per second for {@code bench.webhooks.seconds}, 8 clients, paced), then once
 * all of them arrived a burst ({@code bench.webhooks.burst} orders from {@code
 * bench.webhooks.burstClients} clients, closed loop, as fast as the API takes them), then as many
 * orders again while the relay is paused ({@code WebhookSettings.pause}, node-wide), which is
 * resumed right after the last one: the relay alone draining a backlog, with no intake beside it.
 * Each phase starts once every delivery of the one before arrived.
 *
 * <p>Per phase: deliveries per second at the receiver (first to last arrival of the phase), the lag
 * of each delivery (arrival at the receiver minus the order's {@code createdAt} in the payload, one
 * clock: the same JVM) as p50/p99/max, and the time from the phase's last 201 to its last delivery
 * (the backlog draining; for the paused backlog: from the resume, and also the time to its first
 * delivery). Every delivery must arrive exactly once: as many distinct webhook-ids and order
 * numbers as orders placed, no webhook-id twice (also after a quiet wait), and every outbox row
 * DELIVERED; otherwise, or on any answer but 201, the bench fails (after writing its file). Writes
 * target/bench/webhook-relay.txt.
 */
class WebhookRelayBench extends InContainer {
  private static final int RATE = Integer.getInteger("bench.webhooks.rate", 20);
  private static final int SECONDS = Integer.getInteger("bench.webhooks.seconds", 20);
  private static final int BURST = Integer.getInteger("bench.webhooks.burst", 1000);
  private static final int BURST_CLIENTS = Integer.getInteger("bench.webhooks.burstClients", 8);
  private static final Duration WAIT =
      Duration.ofSeconds(Integer.getInteger("bench.webhooks.waitSeconds", 300));
  private static final int WARMUP = 50;

  @Inject PlatformConsole console;
  @Inject ApiKeys keys;
  @Inject Webhooks webhooks;
  @Inject WebhookSettings settings;
  @Inject ApiSettings apiSettings;
  @Inject Transactions tx;
  @Inject TenantRunner runner;
  @Inject HttpServletRequest request;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource ds;

  /** One delivery as received: its webhook-id, order number, phase tag, lag and arrival. */
  private record Got(String id, String number, String phase, double lagMs, Instant at) {}

  /**
   * One phase: its name, the tag its customers' e-mails start with, what the API took, and when its
   * last order was answered (for the backlog: when the relay was resumed).
   */
  private record Phase(String name, String tag, HttpLoad.Result intake, Instant end) {}

  @Test
  void relayKeepsUpWithIntake() throws Exception {
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
    String code = Codes.newTenant(console);
    runner.run(code, () -> tx.run(() -> apiSettings.setRateLimitPerMinute(100_000)));
    String key = keys.issue(code, "bench", Set.of("orders:write"), null, "bench").key();
    String url =
        "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api/v1/orders";
    List<Phase> phases = new ArrayList<>();
    List<Got> all;
    boolean complete;
    try (Receiver receiver = Receiver.ok()) {
      runner.call(
          code,
          () ->
              webhooks.create(
                  receiver.url(), "bench receiver", List.of(WebhookEvent.ORDER_CREATED)));
      String[] names = {
        "warm-up (not counted)",
        String.format("steady, %d orders/s for %d s (paced, 8 clients)", RATE, SECONDS),
        String.format("burst, %,d orders from %d clients", BURST, BURST_CLIENTS),
        String.format("backlog: %,d orders queued while the relay was paused, then resumed", BURST)
      };
      String[] tags = {"w", "s", "b", "q"};
      long expected = 0;
      complete = true;
      for (int step = 0; step < names.length && complete; step++) {
        HttpLoad.Requests next = requests(url, key, tags[step]);
        HttpLoad.Result r;
        settings.pause(step == 3);
        try {
          r =
              switch (step) {
                case 0 -> HttpLoad.count(4, WARMUP, next, 201);
                case 1 -> HttpLoad.paced(8, (long) RATE * SECONDS, RATE, next, 201);
                default -> HttpLoad.count(BURST_CLIENTS, BURST, next, 201);
              };
        } finally {
          settings.pause(false);
        }
        phases.add(new Phase(names[step], tags[step], r, Instant.now()));
        expected += r.ok();
        complete = await(receiver, expected);
      }
      // a late duplicate would arrive after the last expected delivery
      Thread.sleep(3000);
      all = receiver.requests().stream().map(WebhookRelayBench::got).toList();
    }

    Set<String> ids = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    long duplicates = all.stream().filter(g -> !ids.add(g.id())).count();
    all.forEach(g -> numbers.add(g.number()));
    long placed = phases.stream().mapToLong(p -> p.intake().ok()).sum();
    long errors = phases.stream().mapToLong(p -> p.intake().errors()).sum();
    Map<String, Long> outbox = outbox(TenantSchema.of(code));
    console.suspend(code);

    StringBuilder md = new StringBuilder("# Webhook relay (WebhookRelayBench)\n\n");
    md.append(
            String.format(
                "One tenant, one endpoint (order.created) to a receiver on loopback answering 200."
                    + " Orders through POST /api/v1/orders from the server's own JVM"
                    + " (java.net.http.HttpClient; it shares the server's %d cores). Lag = arrival"
                    + " at the receiver − the order's createdAt (same clock).%n%n",
                Runtime.getRuntime().availableProcessors()))
        .append("/proc/loadavg at start: ")
        .append(loadBefore)
        .append("\n\n")
        .append(
            "| phase | orders | intake orders/s | POST p50 | POST p99 | deliveries | deliveries/s"
                + " | lag p50 | lag p99 | lag max | last 201 (backlog: resume) → last delivery"
                + " | first delivery after it | errors |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Phase p : phases) {
      List<Got> mine = all.stream().filter(g -> g.phase().equals(p.tag())).toList();
      md.append(row(p, mine));
    }
    md.append(
            String.format(
                "%nExactly once: %,d orders placed, %,d deliveries received, %,d distinct"
                    + " webhook-ids, %,d distinct orders, %,d duplicates, %,d missing; outbox rows"
                    + " by status: %s.%n",
                placed,
                all.size(),
                ids.size(),
                numbers.size(),
                duplicates,
                Math.max(0, placed - numbers.size()),
                outbox))
        .append(complete ? "" : "\nNOT COMPLETE: deliveries missing after " + WAIT + ".\n")
        .append("\n/proc/loadavg at end: ")
        .append(Files.readString(Path.of("/proc/loadavg")).strip())
        .append('\n');
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench");
    Files.createDirectories(dir);
    Path file = dir.resolve("webhook-relay.txt");
    Files.writeString(file, md.toString());

    assertEquals(0, errors, "non-201 answers; see " + file);
    assertTrue(complete, "every delivery arrived within " + WAIT + "; see " + file);
    assertEquals(0, duplicates, "no delivery twice; see " + file);
    assertEquals(placed, all.size(), "one delivery per order; see " + file);
    assertEquals(placed, numbers.size(), "every order delivered; see " + file);
    assertEquals(Map.of("DELIVERED", placed), outbox, "every outbox row delivered; see " + file);
  }

  private static String row(Phase p, List<Got> got) {
    HttpLoad.Result r = p.intake();
    double[] lag = got.stream().mapToDouble(Got::lagMs).sorted().toArray();
    Instant first = got.stream().map(Got::at).min(Instant::compareTo).orElse(null);
    Instant last = got.stream().map(Got::at).max(Instant::compareTo).orElse(null);
    double spread = first == null ? Double.NaN : Duration.between(first, last).toNanos() / 1e9;
    return String.format(
        "| %s | %,d | %.1f | %.1f ms | %.1f ms | %,d | %.1f | %.0f ms | %.0f ms | %.0f ms | %s | %s |"
            + " %d%s |%n",
        p.name(),
        r.ok(),
        r.perSecond(),
        r.percentile(50),
        r.percentile(99),
        got.size(),
        got.size() / spread,
        p(lag, 50),
        p(lag, 99),
        lag.length == 0 ? Double.NaN : lag[lag.length - 1],
        last == null ? "—" : Duration.between(p.end(), last).toMillis() + " ms",
        first == null
            ? "—"
            : first.isBefore(p.end())
                ? "during intake"
                : Duration.between(p.end(), first).toMillis() + " ms",
        r.errors(),
        r.errors() > 0 ? " " + r.statuses() + ": " + r.firstError() : "");
  }

  private static double p(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** The API example; the customer's e-mail carries the phase tag, which the payload repeats. */
  private static HttpLoad.Requests requests(String url, String key, String tag) {
    return (client, n) -> {
      String ref = tag + "-" + n;
      String body =
          ApiClient.example(ref).replace("ana@customer.example", ref + "@customer.example");
      return HttpLoad.postJson(url, key, UUID.randomUUID().toString(), body);
    };
  }

  private static Got got(Receiver.Request r) {
    JsonObject data;
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      data = reader.readObject().getJsonObject("data");
    }
    Instant created = Instant.parse(data.getString("createdAt"));
    String email = data.getJsonObject("customer").getString("email");
    return new Got(
        r.header("webhook-id"),
        data.getString("number"),
        email.substring(0, 1),
        Duration.between(created, r.at()).toNanos() / 1e6,
        r.at());
  }

  /** Waits until {@code n} deliveries arrived in all; false if they did not within the wait. */
  private static boolean await(Receiver receiver, long n) {
    return receiver.await(x -> true, (int) n, WAIT).size() >= n;
  }

  private Map<String, Long> outbox(String schema) throws SQLException {
    Map<String, Long> byStatus = new TreeMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT status, COUNT(*) FROM `" + schema + "`.webhook_delivery GROUP BY status")) {
      while (rs.next()) {
        byStatus.put(rs.getString(1), rs.getLong(2));
      }
    }
    return new HashMap<>(byStatus);
  }
}
