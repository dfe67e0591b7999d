package com.orderpool.tenancy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.ApiClient;
import com.orderpool.api.control.ApiSettings;
import com.orderpool.core.ConflictException;
import com.orderpool.dev.PayaraProcess;
import com.orderpool.imports.control.SftpConfig;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.support.Codes;
import com.orderpool.support.HttpLoad;
import com.orderpool.support.InContainer;
import com.orderpool.support.Transactions;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Benchmark of issue 17 (run with {@code mvn verify -Pbench -Dit.test=FlatTenantsBench}): a second
 * Payara Micro over the same database is started with 10 tenants and again with 2,000 (provisioned
 * here, one after another, timed), and each time its start to ready, its heap after a full GC once
 * ready, and the CPU time its process spends in a minute of idling (the background sweeps; from
 * {@code /proc/<pid>/stat}) are measured. API intake is measured too, with 32 clients each on a
 * fresh tenant of its own, once among few tenants and once among the many. Writes
 * target/bench/flat-tenants.txt.
 */
class FlatTenantsBench extends InContainer {
  private static final int FEW = Integer.getInteger("bench.tenants.few", 10);
  private static final int MANY = Integer.getInteger("bench.tenants.many", 2000);

  /** The most time spent provisioning the many tenants; the run goes on with those it has. */
  private static final Duration BUDGET =
      Duration.ofMinutes(Integer.getInteger("bench.tenants.minutes", 20));

  /** How long the catch-up of a node with every schema behind is watched. */
  private static final Duration CATCH_UP_WATCH = Duration.ofMinutes(3);

  private static final Duration BOOT = Duration.ofMinutes(6);
  private static final Duration SETTLE = Duration.ofSeconds(20);
  private static final Duration IDLE = Duration.ofSeconds(60);
  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final int ACTIVE = 32;
  private static final Duration INTAKE =
      Duration.ofSeconds(Integer.getInteger("bench.tenants.intakeSeconds", 20));

  @Inject PlatformConsole console;
  @Inject PlatformStore store;
  @Inject DueWork dueWork;
  @Inject ApiKeys keys;
  @Inject ApiSettings apiSettings;
  @Inject TenantRunner runner;
  @Inject Transactions tx;
  @Inject HttpServletRequest request;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  private final List<String> lines = new ArrayList<>();

  @Test
  void startUpAndIdleDoNotGrowWithTheTenants() throws Exception {
    line("loadavg before: " + loadavg());
    provisionUpTo(FEW, false);
    Node few = measure(FEW);
    double intakeFew = intake();
    int many = provisionUpTo(MANY, true);
    Node lots = measure(many);
    double intakeMany = intake();
    line(
        String.format(
            "ratio %d/%d tenants: start %.2fx, heap %.2fx, idle CPU %.2fx",
            many,
            FEW,
            lots.startMs / (double) few.startMs,
            lots.heapKb / (double) few.heapKb,
            lots.idleCpuMs / (double) Math.max(1, few.idleCpuMs)));
    line(
        String.format(
            "intake with %d active tenants among %d against among %d: %.2fx (target >= 0.8x)",
            ACTIVE, many + ACTIVE, FEW + ACTIVE, intakeMany / intakeFew));
    catchUp(many);
    line("loadavg after: " + loadavg());
    Path out =
        Path.of(System.getProperty("orderpool.buildDir", "target"), "bench", "flat-tenants.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, String.join("\n", lines) + "\n");
    assertTrue(many > FEW);
  }

  private record Node(long startMs, long heapKb, long idleCpuMs) {}

  /**
   * Provisions tenants until {@code total} are active, or the time budget is spent; with {@code
   * timed}, notes the times. Returns how many are active.
   */
  private int provisionUpTo(int total, boolean timed) {
    List<Double> ms = new ArrayList<>();
    int have = store.activeTenantCodes().size();
    long t0 = System.nanoTime();
    long stop = t0 + BUDGET.toNanos();
    while (have < total && System.nanoTime() < stop) {
      String code = Codes.fresh();
      long t = System.nanoTime();
      try {
        console.provision(new ProvisionRequest("Flat " + code, code, Codes.email(code, "admin")));
      } catch (RuntimeException e) {
        if (e instanceof ConflictException || e.getCause() instanceof ConflictException) {
          continue; // a code a test already took
        }
        throw e;
      }
      ms.add((System.nanoTime() - t) / 1e6);
      have++;
    }
    if (timed && !ms.isEmpty()) {
      Collections.sort(ms);
      line(
          String.format(
              "provisioned %d tenants (to %d of %d) in %.0f s: median %.0f ms, p95 %.0f ms,"
                  + " max %.0f ms",
              ms.size(),
              have,
              total,
              (System.nanoTime() - t0) / 1e9,
              ms.get(ms.size() / 2),
              ms.get((int) Math.min(ms.size() - 1, Math.round(ms.size() * 0.95))),
              ms.get(ms.size() - 1)));
    }
    return have;
  }

  /**
   * API intake through HTTP on the test server: {@value #ACTIVE} clients, each placing orders in a
   * fresh tenant of its own (provisioned now, so it joins the tenants there are), after a warm-up.
   * The tenants are suspended afterwards (their mail is not sent; they no longer count as active).
   * Returns orders per second.
   */
  private double intake() {
    int tenants = store.activeTenantCodes().size();
    List<String> codes = new ArrayList<>();
    List<String> apiKeys = new ArrayList<>();
    for (int i = 0; i < ACTIVE; i++) {
      String code = Codes.newTenant(console);
      runner.run(code, () -> tx.run(() -> apiSettings.setRateLimitPerMinute(100_000)));
      codes.add(code);
      apiKeys.add(keys.issue(code, "bench", Set.of("orders:write"), null, "bench").key());
    }
    String url =
        "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api/v1/orders";
    // each load numbers its requests from 0: the warm-up and the run get references of their own
    HttpLoad.Result warm = HttpLoad.count(ACTIVE, 10L * ACTIVE, orders(url, apiKeys, "w"), 201);
    HttpLoad.Result r = HttpLoad.forTime(ACTIVE, INTAKE, orders(url, apiKeys, "r"), 201);
    codes.forEach(console::suspend);
    line(
        String.format(
            "intake, %d clients on %d tenants of their own among %d: %.1f orders/s, p50 %.0f ms,"
                + " p99 %.0f ms, errors %d (warm-up errors %d)%s",
            ACTIVE,
            ACTIVE,
            tenants + ACTIVE,
            r.perSecond(),
            r.percentile(50),
            r.percentile(99),
            r.errors(),
            warm.errors(),
            r.errors() + warm.errors() == 0
                ? ""
                : "; statuses " + r.statuses() + ", first: " + r.firstError()));
    return r.perSecond();
  }

  /** API orders from each client to its own tenant, every one with a reference of its own. */
  private static HttpLoad.Requests orders(String url, List<String> apiKeys, String load) {
    String run = "flat" + System.nanoTime() + load + "-";
    return (client, n) -> {
      String ref = run + client + "-" + n;
      String body =
          ApiClient.example(ref).replace("ana@customer.example", ref + "@customer.example");
      return HttpLoad.postJson(url, apiKeys.get(client), UUID.randomUUID().toString(), body);
    };
  }

  /** Starts a node over the database as it is now and measures it. */
  private Node measure(int tenants) throws Exception {
    awaitNoMailDue();
    File build = new File(System.getProperty("orderpool.buildDir"));
    long t0 = System.nanoTime();
    PayaraProcess node = start(new File(build, "flat-bench-node-" + tenants + ".log"));
    try {
      long startMs = (System.nanoTime() - t0) / 1_000_000;
      Thread.sleep(SETTLE.toMillis());
      long heapKb = heapAfterGc(node.pid());
      long cpu0 = cpuTicks(node.pid());
      Instant from = Instant.now();
      Thread.sleep(IDLE.toMillis());
      long cpuMs = (cpuTicks(node.pid()) - cpu0) * 10; // USER_HZ = 100
      line(
          String.format(
              "%d tenants: start to ready %d ms, heap after GC %d MB, idle CPU %d ms in %d s"
                  + " (from %s)",
              tenants, startMs, heapKb / 1024, cpuMs, IDLE.toSeconds(), from));
      return new Node(startMs, heapKb, cpuMs);
    } finally {
      node.close();
    }
  }

  /**
   * The old start-up's work, now in the background: every schema recorded as behind, a node is
   * started (timed to ready), and the background catch-up's own time is read from its log.
   */
  private void catchUp(int tenants) throws Exception {
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      s.executeUpdate("DELETE FROM " + TenantSchema.PLATFORM + ".tenant_schema");
    }
    File build = new File(System.getProperty("orderpool.buildDir"));
    File log = new File(build, "flat-bench-node-behind.log");
    long t0 = System.nanoTime();
    PayaraProcess node = start(log);
    try {
      long startMs = (System.nanoTime() - t0) / 1_000_000;
      Pattern done =
          Pattern.compile("tenant schemas behind caught up: (\\d+) of (\\d+) in (\\d+) ms");
      String caughtUp = null;
      long end = System.nanoTime() + CATCH_UP_WATCH.toNanos();
      while (System.nanoTime() < end && caughtUp == null) {
        Matcher m = done.matcher(Files.readString(log.toPath()));
        if (m.find()) {
          caughtUp = m.group(1) + " of " + m.group(2) + " schemas in " + m.group(3) + " ms";
        } else {
          Thread.sleep(2000);
        }
      }
      if (caughtUp == null) {
        long migrated = recorded();
        caughtUp =
            String.format(
                "%d of %d schemas %d s after ready (%.2f s each; all of them: about %.0f s)",
                migrated,
                tenants,
                CATCH_UP_WATCH.toSeconds(),
                CATCH_UP_WATCH.toSeconds() / (double) Math.max(1, migrated),
                tenants * CATCH_UP_WATCH.toSeconds() / (double) Math.max(1, migrated));
      }
      line(
          String.format(
              "%d tenants all behind: start to ready %d ms; background catch-up %s",
              tenants, startMs, caughtUp));
    } finally {
      node.close();
    }
  }

  private long recorded() throws java.sql.SQLException {
    try (var c = dataSource.getConnection();
        var s = c.createStatement();
        var r =
            s.executeQuery("SELECT COUNT(*) FROM " + TenantSchema.PLATFORM + ".tenant_schema")) {
      r.next();
      return r.getLong(1);
    }
  }

  private PayaraProcess start(File log) {
    File build = new File(System.getProperty("orderpool.buildDir"));
    Map<String, String> settings = new LinkedHashMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("orderpool.") && !k.startsWith("orderpool.home"))
        .sorted()
        .forEach(k -> settings.put(k, System.getProperty(k)));
    settings.put(SftpConfig.ENABLED, "false");
    return PayaraProcess.start(
        new File(build, "payara-micro.jar"),
        new File(build, "orderpool.war"),
        new File(build, "flat-bench-node"),
        0,
        settings,
        log,
        null,
        BOOT,
        p -> {});
  }

  /** Waits (up to two minutes) until the welcome e-mails of the new tenants are out. */
  private void awaitNoMailDue() throws InterruptedException {
    long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!dueWork.due(DueWork.MAIL, Instant.now().plusSeconds(3600), 1).isEmpty()
        && System.nanoTime() < end) {
      Thread.sleep(1000);
    }
  }

  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
  }

  private static long heapAfterGc(long pid) throws IOException, InterruptedException {
    run("jcmd", Long.toString(pid), "GC.run");
    String info = run("jcmd", Long.toString(pid), "GC.heap_info");
    Matcher m = USED.matcher(info);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static String run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  private static String loadavg() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  private void line(String text) {
    lines.add(text);
    System.out.println("[flat-bench] " + text);
  }
}
