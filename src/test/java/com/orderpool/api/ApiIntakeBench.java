package com.orderpool.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.api.control.ApiSettings;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.support.Codes;
import com.orderpool.support.HttpLoad;
import com.orderpool.support.InContainer;
import com.orderpool.support.LoadProcess;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import com.orderpool.tenancy.TenantUnits;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (mvn verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ApiIntakeBench): {@code POST /api/v1/orders} throughput and latency at 1, 8 and 32
 * concurrent clients, against one tenant and against 32 tenants (client i uses tenant i % 32), and
 * in the same run a raw JDBC baseline ({@link RawIntake}) that writes the same rows at 1 and 32
 * threads. Writes target/bench/api-intake.txt.
 *
 * <p>The load comes from a JVM of its own ({@link LoadProcess} running {@link HttpLoad}: closed
 * loop, one request in flight per client), started on the same machine, so it shares the cores but
 * not the server's heap, threads and JIT. Each order is the API reference's example with its own
 * external reference, customer e-mail (a new customer) and, by default, Idempotency-Key. First the
 * server is warmed up for {@code bench.api.warmupSeconds} at 32 clients in a tenant of its own (not
 * counted: the JIT is still at work for minutes, and a short warm-up measured a third less); it
 * also measures which rows an API order adds (every table of the schema counted before and after)
 * and gives the baseline its row templates. Then the baseline, then the API scenarios, each for
 * {@code bench.api.seconds} after a short warm-up of its own, each in fresh tenants (API key, rate
 * limit raised to 100,000 a minute) that are suspended afterwards, so their confirmation e-mails
 * still waiting are not sent during the next scenario (the mail relay does run during a scenario:
 * it is part of the server's load). Last, 32 clients on one tenant paced at {@code
 * bench.api.pacedRate} orders a second, whose latencies count from when each request was due.
 *
 * <p>Knobs: {@code bench.api.seconds} (20), {@code bench.api.warmupSeconds} (300), {@code
 * bench.api.clients} (1,8,32), {@code bench.api.tenants} (32), {@code bench.api.rawThreads} (1,32),
 * {@code bench.api.idempotency} (true), {@code bench.api.pacedRate} (100; 0 for none). Any answer
 * but 201 is an error; the bench fails on errors (after writing its file).
 */
class ApiIntakeBench extends InContainer {
  private static final int SECONDS = Integer.getInteger("bench.api.seconds", 20);
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.api.warmupSeconds", 300);
  private static final double PACED_RATE =
      Double.parseDouble(System.getProperty("bench.api.pacedRate", "100"));
  private static final int TENANTS = Integer.getInteger("bench.api.tenants", 32);
  private static final List<Integer> CLIENTS =
      ints(System.getProperty("bench.api.clients", "1,8,32"));
  private static final List<Integer> RAW = ints(System.getProperty("bench.api.rawThreads", "1,32"));
  private static final boolean IDEMPOTENCY =
      Boolean.parseBoolean(System.getProperty("bench.api.idempotency", "true"));
  private static final double P99_TARGET_MS = 100;

  @Inject PlatformConsole console;
  @Inject ApiKeys keys;
  @Inject TenantRunner runner;
  @Inject ApiSettings apiSettings;
  @Inject Transactions tx;
  @Inject HttpServletRequest request;
  @Inject TenantUnits tenantUnits;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource ds;

  /** A bench tenant and its API key. */
  private record Tenant(String code, String key) {}

  /** One line of the table: the server JVM's CPU time per order with it. */
  private record Line(
      String what, int clients, int tenants, HttpLoad.Result r, double cpuMs, String mail) {}

  @Test
  void intake() throws Exception {
    String loadBefore = loadavg();
    String url =
        "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api/v1/orders";
    List<Line> lines = new ArrayList<>();

    Tenant warm = tenant();
    Map<String, Long> before = counts(schema(warm));
    long cpu = cpuNanos();
    HttpLoad.Result w =
        load(url, List.of(warm), "w", 32, Duration.ofSeconds(WARMUP_SECONDS), Long.MAX_VALUE, 0);
    double warmCpu = cpuMs(cpu, w);
    String perOrder = perOrder(before, counts(schema(warm)), w.ok());
    console.suspend(warm.code());
    lines.add(new Line("API warm-up (not counted)", 32, 1, w, warmCpu, "—"));

    String rawCode = Codes.newTenant(console);
    console.suspend(rawCode); // nothing sends its outbox; the rows are written by hand
    RawIntake raw = new RawIntake(ds, schema(warm), TenantSchema.of(rawCode), rawCode, IDEMPOTENCY);
    Map<String, Long> rawBefore = counts(TenantSchema.of(rawCode));
    cpu = cpuNanos();
    HttpLoad.Result rw = raw.run(8, Duration.ofSeconds(Math.min(5, SECONDS)), "rw");
    lines.add(new Line("raw JDBC warm-up (not counted)", 8, 1, rw, cpuMs(cpu, rw), "—"));
    long rawOrders = rw.ok();
    HttpLoad.Result raw32 = null;
    for (int threads : RAW) {
      cpu = cpuNanos();
      HttpLoad.Result r = raw.run(threads, Duration.ofSeconds(SECONDS), "r" + threads);
      lines.add(new Line("raw JDBC", threads, 1, r, cpuMs(cpu, r), "not sent (tenant suspended)"));
      raw32 = threads == 32 ? r : raw32;
      rawOrders += r.ok();
    }
    String perRawOrder = perOrder(rawBefore, counts(TenantSchema.of(rawCode)), rawOrders);

    HttpLoad.Result api32 = null;
    List<Double> p99At32 = new ArrayList<>();
    Path stall = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench", "stall.txt");
    try (StallWatch watch = new StallWatch(ds, 20, stall)) {
      for (int tenantCount : List.of(1, TENANTS)) {
        for (int clients : CLIENTS) {
          List<Tenant> ts = new ArrayList<>();
          for (int i = 0; i < Math.min(clients, tenantCount); i++) {
            ts.add(tenant());
          }
          String tag = "s" + clients + "x" + tenantCount;
          HttpLoad.Result sw =
              load(url, ts, tag + "w", clients, Duration.ofDays(1), 20L + 5L * ts.size(), 0);
          cpu = cpuNanos();
          HttpLoad.Result r =
              load(url, ts, tag, clients, Duration.ofSeconds(SECONDS), Long.MAX_VALUE, 0);
          double cpuMs = cpuMs(cpu, r);
          String mail = mail(ts);
          for (Tenant t : ts) {
            console.suspend(t.code());
          }
          lines.add(new Line("API", clients, tenantCount, merged(r, sw), cpuMs, mail));
          if (clients == 32) {
            p99At32.add(r.percentile(99));
            api32 = tenantCount == 1 ? r : api32;
          }
        }
      }
      if (PACED_RATE > 0) {
        // the same 32 clients, one tenant, asked for a steady rate below what saturates the node:
        // the latency a fleet of partners sees in normal operation, not in a queue at saturation
        List<Tenant> ts = List.of(tenant());
        long total = (long) (PACED_RATE * SECONDS);
        HttpLoad.Result sw = load(url, ts, "p32w", 32, Duration.ofDays(1), 25, 0);
        cpu = cpuNanos();
        HttpLoad.Result r =
            merged(
                load(url, ts, "p32", 32, Duration.ofSeconds(SECONDS + 30L), total, PACED_RATE), sw);
        double cpuMs = cpuMs(cpu, r);
        String mail = mail(ts);
        console.suspend(ts.get(0).code());
        lines.add(
            new Line(
                String.format("API, paced at %.0f orders/s", PACED_RATE), 32, 1, r, cpuMs, mail));
      }
    }

    StringBuilder md = new StringBuilder("# POST /api/v1/orders intake (ApiIntakeBench)\n\n");
    md.append(
            String.format(
                "Load generator: java.net.http.HttpClient in a JVM of its own (it shares the"
                    + " machine's %d cores with the server and the database), closed loop unless"
                    + " paced, HTTP/1.1 keep-alive. The server is first warmed up for %d s at 32"
                    + " clients (not counted), then %d s per scenario after a short warm-up of its"
                    + " own; fresh tenants per scenario. Idempotency-Key sent: %s. Every order is a"
                    + " new customer. Server CPU per order: the server JVM's CPU time over the"
                    + " scenario (its mail relay included; the database's and the load generator's"
                    + " not) divided by the orders.%n%n",
                Runtime.getRuntime().availableProcessors(),
                WARMUP_SECONDS,
                SECONDS,
                IDEMPOTENCY ? "yes" : "no"))
        .append("/proc/loadavg at start: ")
        .append(loadBefore)
        .append("\n\n")
        .append("Durability (one server for API and baseline): ")
        .append(durability())
        .append("\n\n")
        .append("Rows one API order adds (counted over the warm-up): ")
        .append(perOrder)
        .append("\n\n")
        .append("Raw baseline per order: ")
        .append(RawIntake.rowsWritten(IDEMPOTENCY))
        .append("; rows it added per order (counted): ")
        .append(perRawOrder)
        .append("\n\n")
        .append(
            "| scenario | clients | tenants | orders | orders/s | p50 | p99 | max | errors |"
                + " server CPU per order | confirmation e-mails sent by the end |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Line l : lines) {
      HttpLoad.Result r = l.r();
      md.append(
          String.format(
              "| %s | %d%s | %s | %,d | %.1f | %.1f ms | %.1f ms | %.1f ms | %d%s | %.2f ms | %s |%n",
              l.what(),
              l.clients(),
              l.what().startsWith("raw") ? (l.clients() == 1 ? " thread" : " threads") : "",
              l.tenants() == 1 || l.clients() >= l.tenants()
                  ? String.valueOf(l.tenants())
                  : l.tenants() + " (" + l.clients() + " in use)",
              r.ok(),
              r.perSecond(),
              r.percentile(50),
              r.percentile(99),
              r.maxMs(),
              r.errors(),
              r.errors() > 0 ? " " + r.statuses() + ": " + r.firstError() : "",
              l.cpuMs(),
              l.mail()));
    }
    if (api32 != null && raw32 != null) {
      double ratio = api32.perSecond() / raw32.perSecond();
      md.append(
          String.format(
              "%nAPI (32 clients, 1 tenant) / raw (32 threads): %.1f / %.1f orders/s = %.2f×"
                  + " (target ≥ 0.5×: %s)%n",
              api32.perSecond(), raw32.perSecond(), ratio, ratio >= 0.5 ? "met" : "NOT met"));
    }
    if (!p99At32.isEmpty()) {
      boolean met = p99At32.stream().allMatch(p -> p <= P99_TARGET_MS);
      md.append(
          String.format(
              "p99 at 32 clients: %s ms (1 tenant, %d tenants) (target ≤ 100 ms: %s)%n",
              p99At32.stream().map(p -> String.format("%.1f", p)).toList(),
              TENANTS,
              met ? "met" : "NOT met"));
    }
    md.append(unitCosts());
    long httpThreads =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("http-thread-pool"))
            .count();
    md.append(
            String.format(
                "Server request threads (http-thread-pool) alive at the end: %d.%n", httpThreads))
        .append("\n/proc/loadavg at end: ")
        .append(loadavg())
        .append('\n');
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("api-intake.txt"), md.toString());
    long errors = lines.stream().mapToLong(l -> l.r().errors()).sum();
    assertEquals(
        0, errors, "requests or transactions that failed; see " + dir.resolve("api-intake.txt"));
  }

  /**
   * What busy tenants' own persistence units cost: the heap they hold (used heap after a full GC,
   * with the units the scenarios made, and again once they are closed), and the time to make one
   * (from the first transaction of a fresh tenant counted busy at once until its unit is there,
   * against its second transaction).
   */
  private String unitCosts() {
    int open = tenantUnits.open();
    long with = usedAfterGc();
    tenantUnits.closeIdle(Duration.ZERO);
    long without = usedAfterGc();
    int configured = tenantUnits.busyPerMinute();
    List<Double> makeMs = new ArrayList<>();
    List<Double> reuseMs = new ArrayList<>();
    try {
      tenantUnits.useBusyPerMinute(1);
      for (int i = 0; i < 5; i++) {
        String code = Codes.newTenant(console);
        tenantUnits.forget(code);
        makeMs.add(
            timed(
                () -> {
                  runner.run(code, () -> tx.run(apiSettings::rateLimitPerMinute));
                  // made in the background: the time until it is there
                  long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                  while (!tenantUnits.hasOwn(code) && System.nanoTime() < until) {
                    Thread.onSpinWait();
                  }
                }));
        reuseMs.add(timed(() -> runner.run(code, () -> tx.run(apiSettings::rateLimitPerMinute))));
        tenantUnits.forget(code);
      }
    } finally {
      tenantUnits.useBusyPerMinute(configured);
    }
    return String.format(
        "%nBusy tenants' own persistence units: %d open at the end of the scenarios; used heap"
            + " after GC %.1f MB with them, %.1f MB once closed: %.2f MB per unit. Making one"
            + " (a fresh tenant's first transaction until its unit is there): %s ms; its next transaction: %s ms.%n%n",
        open,
        with / 1e6,
        without / 1e6,
        open == 0 ? 0 : (with - without) / 1e6 / open,
        makeMs.stream().map(ms -> String.format("%.0f", ms)).toList(),
        reuseMs.stream().map(ms -> String.format("%.1f", ms)).toList());
  }

  private static double timed(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The scenario's figures, with its warm-up's errors (which must count too). */
  private static HttpLoad.Result merged(HttpLoad.Result r, HttpLoad.Result warmUp) {
    if (warmUp.errors() == 0) {
      return r;
    }
    return new HttpLoad.Result(
        r.clients(),
        r.ok(),
        r.errors() + warmUp.errors(),
        r.seconds(),
        r.sortedMs(),
        r.statuses(),
        "warm-up: " + warmUp.statuses() + " " + warmUp.firstError());
  }

  private Tenant tenant() {
    String code = Codes.newTenant(console);
    runner.run(code, () -> tx.run(() -> apiSettings.setRateLimitPerMinute(100_000)));
    String key =
        keys.issue(code, "bench", Set.of("orders:read", "orders:write"), null, "bench").key();
    return new Tenant(code, key);
  }

  private static String schema(Tenant t) {
    return TenantSchema.of(t.code());
  }

  /**
   * Load from a JVM of its own ({@link LoadProcess}): the API example with its own reference and
   * customer per order; client i uses tenant i % tenants.
   */
  private static HttpLoad.Result load(
      String url,
      List<Tenant> tenants,
      String tag,
      int clients,
      Duration time,
      long count,
      double rate) {
    String body = ApiClient.example("REF").replace("ana@customer.example", "REF@customer.example");
    List<String> keys = tenants.stream().map(Tenant::key).toList();
    return LoadProcess.run(
        new LoadProcess.Plan(url, keys, body, IDEMPOTENCY, clients, time, count, rate, tag));
  }

  /** The CPU time this JVM (the server) has used so far, in ns. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The server's CPU time per order since {@code from}, in ms. */
  private static double cpuMs(long from, HttpLoad.Result r) {
    return r.ok() == 0 ? Double.NaN : (cpuNanos() - from) / 1e6 / r.ok();
  }

  /** Rows per table of a schema. */
  private Map<String, Long> counts(String schema) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = ds.getConnection();
        PreparedStatement tables =
            c.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_type = 'BASE TABLE'")) {
      tables.setString(1, schema);
      List<String> names = new ArrayList<>();
      try (ResultSet rs = tables.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      try (Statement s = c.createStatement()) {
        for (String t : names) {
          try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + schema + "`.`" + t + "`")) {
            rs.next();
            counts.put(t, rs.getLong(1));
          }
        }
      }
    }
    return counts;
  }

  private static String perOrder(Map<String, Long> before, Map<String, Long> after, long orders) {
    List<String> added = new ArrayList<>();
    after.forEach(
        (t, n) -> {
          long d = n - before.getOrDefault(t, 0L);
          if (d != 0) {
            added.add(String.format("%s %.2f", t, d / (double) orders));
          }
        });
    return String.join(", ", added) + " (and the order counter row updated)";
  }

  /** How many of the scenario's confirmation e-mails the relay sent by its end. */
  private String mail(List<Tenant> tenants) throws SQLException {
    long sent = 0;
    long all = 0;
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (Tenant t : tenants) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*), COALESCE(SUM(status = 'SENT'), 0) FROM `"
                    + schema(t)
                    + "`.outbox WHERE event = 'ORDER_CONFIRMATION'")) {
          rs.next();
          all += rs.getLong(1);
          sent += rs.getLong(2);
        }
      }
    }
    return String.format("%,d of %,d", sent, all);
  }

  private String durability() throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin, @@version")) {
      rs.next();
      return String.format(
          "innodb_flush_log_at_trx_commit=%s, sync_binlog=%s, log_bin=%s, MariaDB %s",
          rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
  }

  static String loadavg() throws java.io.IOException {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }
}
