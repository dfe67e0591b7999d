package com.orderpool.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.orders.BulkOrderLoader;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.reports.control.DownloadJobs;
import com.orderpool.reports.entity.DownloadJob;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (mvn verify -Pbench -Dit.test=RegistersBench; -Dbench.orders=N for a smaller trial):
 * the registers at one million orders in one tenant (the pool bench's loader: three years of
 * orders) and about 300,000 invoices (every third paid order). Each report is asked for as a user
 * does, over HTTP at its stable URL as the tenant's admin; over 10,000 rows that makes a background
 * job, which is followed until its file is ready. Per report: the job's time (start to file), the
 * time from the request to the file, rows, file size, and the server's heap (see {@link
 * HeapWatch}). The pool's first page (the full page GET, as a signed-in user) is timed idle, then
 * non-stop while the biggest report runs a second time, then idle again, in the same run. Writes
 * target/bench/registers.md.
 */
class RegistersBench extends InContainer {
  private static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);
  private static final String PASSWORD = "bench-registers-password";
  private static final int POOL_RUNS = 100;

  /** Pool requests timed while the big report runs (then the report finishes on its own). */
  private static final int BUSY_RUNS = 300;

  private static final Pattern JOB = Pattern.compile("[?&]job=(\\d+)");

  @Inject PlatformConsole console;
  @Inject AccountService accounts;
  @Inject DownloadJobs jobs;
  @Inject TenantRunner runner;
  @Inject HttpServletRequest request;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource ds;

  /** One report asked for: what, its URL, and whether the pool is timed while it runs. */
  private record Case(String what, String url, boolean probePool) {}

  /** What one report took. */
  private record Run(
      Case c,
      long rows,
      long bytes,
      double jobSeconds,
      double wallSeconds,
      double growthMiB,
      double peakMiB,
      int collections,
      double[] poolMs) {}

  @Test
  void registersAtAMillionOrders() throws Exception {
    String loadavgBefore = Files.readString(Path.of("/proc/loadavg")).strip();
    String code = Codes.fresh();
    String email = Codes.email(code, "books");
    ProvisionResult provisioned =
        console.provision(new ProvisionRequest("Ledger " + code, code, email));
    accounts.setPassword(provisioned.setPasswordToken(), PASSWORD, PASSWORD);
    String schema = "tenant_" + code.toLowerCase();
    double loadSeconds = BulkOrderLoader.load(ds, schema, code, ORDERS);
    long t0 = System.nanoTime();
    long invoices = invoices(schema);
    double invoiceSeconds = (System.nanoTime() - t0) / 1e9;

    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    WebSession admin = WebSession.signIn(base, email, PASSWORD);
    // warm up: a week of each register and format, and the pool
    for (String f : List.of("csv", "xlsx", "pdf")) {
      assertEquals(200, admin.download(url("orders", f, "2026-10-01", "2026-10-08")).status());
      assertEquals(200, admin.download(url("invoices", f, "2026-10-01", "2026-10-08")).status());
    }
    double[] poolIdle = pool(admin, POOL_RUNS, null);

    // about 913 orders a day: 110 days is about 100,000 rows
    List<Case> cases =
        List.of(
            new Case(
                "orders register, 110 days (≈100k rows), XLSX",
                url("orders", "xlsx", "2026-07-14", "2026-11-01"),
                false),
            new Case(
                "orders register, one year, XLSX",
                url("orders", "xlsx", "2025-11-01", "2026-11-01"),
                false),
            new Case(
                "orders register, one year, CSV",
                url("orders", "csv", "2025-11-01", "2026-11-01"),
                false),
            new Case(
                "orders register, all (1M rows), CSV",
                url("orders", "csv", "2023-01-01", "2027-01-01"),
                false),
            new Case(
                "the same, while one person browses the pool non-stop for 300 pages (timed below)",
                url("orders", "csv", "2023-01-01", "2027-01-01"),
                true),
            new Case(
                "invoice register, one year, PDF",
                url("invoices", "pdf", "2025-11-01", "2026-11-01"),
                false));
    List<Run> runs = new ArrayList<>();
    double[] poolAfter = null;
    for (Case c : cases) {
      runs.add(run(code, admin, c));
      if (c.probePool()) {
        // idle again, right after: the busy figures sit between two idle ones
        poolAfter = pool(admin, POOL_RUNS, null);
      }
    }
    String loadavgAfter = Files.readString(Path.of("/proc/loadavg")).strip();

    StringBuilder md = new StringBuilder();
    md.append(
            String.format(
                "Loaded %,d orders in %.1f s and %,d invoices in %.1f s. Server heap max %,d MiB."
                    + " /proc/loadavg before: %s; after: %s.%n%n",
                ORDERS,
                loadSeconds,
                invoices,
                invoiceSeconds,
                Runtime.getRuntime().maxMemory() / 1048576,
                loadavgBefore,
                loadavgAfter))
        .append(
            "| report | rows | file | job (start → file) | request → file | heap growth (after GC)"
                + " | heap peak (sampled) | GCs |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (Run r : runs) {
      md.append(
          String.format(
              "| %s | %,d | %.1f MiB | %.1f s | %.1f s | %.0f MiB | %.0f MiB | %d |%n",
              r.c().what(),
              r.rows(),
              r.bytes() / 1048576.0,
              r.jobSeconds(),
              r.wallSeconds(),
              r.growthMiB(),
              r.peakMiB(),
              r.collections()));
    }
    Run busy = runs.stream().filter(r -> r.poolMs() != null).findFirst().orElseThrow();
    md.append(
        String.format(
            "%nPool first page (full page GET as a signed-in user, one request after another): idle before p50 %.1f ms, p95"
                + " %.1f ms (%d runs); while the 1M-row CSV ran: p50 %.1f ms, p95 %.1f ms (%d runs);"
                + " idle after p50 %.1f ms, p95 %.1f ms (%d runs). Busy p95 against the slower idle"
                + " p95: %+.0f %%; against the faster: %+.0f %%.%n",
            p(poolIdle, 50),
            p(poolIdle, 95),
            poolIdle.length,
            p(busy.poolMs(), 50),
            p(busy.poolMs(), 95),
            busy.poolMs().length,
            p(poolAfter, 50),
            p(poolAfter, 95),
            poolAfter.length,
            (p(busy.poolMs(), 95) / Math.max(p(poolIdle, 95), p(poolAfter, 95)) - 1) * 100,
            (p(busy.poolMs(), 95) / Math.min(p(poolIdle, 95), p(poolAfter, 95)) - 1) * 100));
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("registers.md"), md.toString());
    assertTrue(runs.stream().allMatch(r -> r.rows() > 0));
  }

  private static String url(String register, String format, String from, String to) {
    return "/files/reports/" + register + "." + format + "?from=" + from + "&to=" + to + "&lang=en";
  }

  /** Every third paid order gets an invoice issued when it was paid (about 300,000 of 1M). */
  private long invoices(String schema) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      return s.executeUpdate(
          "INSERT INTO `"
              + schema
              + "`.invoice (kind, number, series, seq, order_id, order_numbers, issued_at,"
              + " issued_by, language, currency, customer_name, customer_email, subtotal,"
              + " customization, shipping, vat_rate, vat_amount, total, paid)"
              + " SELECT 'INVOICE', CONCAT('INV-B-', LPAD(seq, 7, '0')), 'INV-B', seq, id,"
              + " order_number, paid_at, 'loader', 'en', currency, customer_name, customer_email,"
              + " manufacturing_cost, 0, 0, vat_rate, vat_amount, total, 1 FROM `"
              + schema
              + "`.customer_order WHERE paid_at IS NOT NULL AND MOD(id, 3) = 0");
    }
  }

  /** Asks for a report, follows its job to the file; times the pool meanwhile if asked. */
  private Run run(String code, WebSession admin, Case c) throws Exception {
    List<Double> poolMs = new ArrayList<>();
    try (HeapWatch heap = new HeapWatch()) {
      long t0 = System.nanoTime();
      WebSession.Page sent = admin.get(c.url());
      assertEquals(200, sent.status(), c.url());
      Matcher m = JOB.matcher(String.valueOf(sent.uri()));
      assertTrue(m.find(), "a background job: " + sent.uri());
      long id = Long.parseLong(m.group(1));
      DownloadJob job;
      while (true) {
        heap.sample();
        job = runner.call(code, () -> jobs.get(id));
        if (job.getStatus() == DownloadJob.Status.DONE
            || job.getStatus() == DownloadJob.Status.FAILED) {
          break;
        }
        if (c.probePool()
            && job.getStatus() == DownloadJob.Status.RUNNING
            && poolMs.size() < BUSY_RUNS) {
          poolMs.add(pool(admin, 1, heap)[0]);
        } else {
          Thread.sleep(100);
        }
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      assertEquals(DownloadJob.Status.DONE, job.getStatus(), c.what() + ": " + job.getError());
      heap.sample();
      double[] pool = poolMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Run(
          c,
          job.getRowsDone(),
          job.getSizeBytes(),
          Duration.between(job.getStartedAt(), job.getFinishedAt()).toMillis() / 1000.0,
          wall,
          heap.growthMiB(),
          heap.peakMiB(),
          heap.collections(),
          c.probePool() ? pool : null);
    }
  }

  /** Times the pool's first page {@code runs} times (after warm-ups when idle), sorted. */
  private static double[] pool(WebSession admin, int runs, HeapWatch heap) {
    if (heap == null) {
      // warm: the pool's code is compiled before it is timed, so idle and busy compare alike
      for (int i = 0; i < 300; i++) {
        admin.get(WebSession.POOL);
      }
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      WebSession.Page page = admin.get(WebSession.POOL);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      assertTrue(page.status() == 200 && page.body().contains("poolForm"), "the pool");
      if (heap != null) {
        heap.sample();
      }
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double p(double[] sorted, int percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
