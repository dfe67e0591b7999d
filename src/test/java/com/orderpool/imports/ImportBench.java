package com.orderpool.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.api.ApiClient;
import com.orderpool.api.control.ApiSettings;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.control.ImportSettings;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.support.Codes;
import com.orderpool.support.HttpLoad;
import com.orderpool.support.InContainer;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (mvn verify -Pbench -Dit.test=ImportBench): a CSV file of {@code bench.import.orders}
 * orders (20,000) of {@code bench.import.lines} lines each (5: 100,000 lines, about 20 MB) imported
 * through the Import page's service, from receiving the file to the job's end, with the server's
 * heap: after a collection every 15 s (what the import keeps), and the peak of the used heap
 * sampled every 50 ms (with the garbage not yet collected), each over the used heap after a GC
 * before the run. In the same run, the API's intake rate for comparison: 8 clients posting
 * single-line orders for {@code bench.import.apiSeconds} (20 s) to one tenant. Writes
 * target/bench/import.txt.
 */
class ImportBench extends InContainer {
  static final int ORDERS = Integer.getInteger("bench.import.orders", 20_000);
  static final int LINES = Integer.getInteger("bench.import.lines", 5);
  static final int API_SECONDS = Integer.getInteger("bench.import.apiSeconds", 20);

  /** How often the sampler measures the heap after a collection. */
  private static final long GC_EVERY_NANOS = 15_000_000_000L;

  @Inject PlatformConsole console;
  @Inject Imports imports;
  @Inject ImportSettings importSettings;
  @Inject ApiSettings apiSettings;
  @Inject ApiKeys keys;
  @Inject Transactions tx;
  @Inject TenantRunner runner;
  @Inject HttpServletRequest request;

  @Test
  void importAHundredThousandLines() throws Exception {
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
    HttpLoad.Result api = apiRate();

    String code = Codes.newTenant(console);
    runner.run(code, () -> tx.run(() -> importSettings.setMaxMegabytes(100)));
    Path file = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench", "import.csv");
    Files.createDirectories(file.getParent());
    write(file);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    Thread.sleep(500);
    long base = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(base);
    AtomicLong retained = new AtomicLong(base);
    AtomicBoolean sampling = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              long nextGc = System.nanoTime() + GC_EVERY_NANOS;
              while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() > nextGc) {
                  // what the import keeps, not the garbage it has not had collected yet
                  System.gc();
                  retained.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  nextGc = System.nanoTime() + GC_EVERY_NANOS;
                }
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    long t0 = System.nanoTime();
    ImportJob job;
    try (InputStream in = Files.newInputStream(file)) {
      job = runner.call(code, () -> imports.upload("bench.csv", in, Locale.ENGLISH));
    }
    long received = System.nanoTime();
    while (!job.getStatus().isFinished()) {
      Thread.sleep(200);
      long id = job.getId();
      job = runner.call(code, () -> imports.job(id));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampling.set(false);
    sampler.join();
    console.suspend(code); // its confirmation e-mails stay queued
    String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

    double rate = job.getCreatedCount() / seconds;
    StringBuilder out = new StringBuilder();
    out.append(
            "| what | orders | lines | file | time | orders/s | heap growth after GC | peak used"
                + " growth |\n")
        .append("|---|---|---|---|---|---|---|---|\n")
        .append(
            String.format(
                Locale.ROOT,
                "| CSV import (receive %.1f s, then the job) | %,d | %,d | %.1f MB | %.1f s | %.1f |"
                    + " %.0f MiB | %.0f MiB |%n",
                (received - t0) / 1e9,
                job.getCreatedCount(),
                (long) ORDERS * LINES,
                Files.size(file) / 1048576.0,
                seconds,
                rate,
                (retained.get() - base) / 1048576.0,
                (peak.get() - base) / 1048576.0))
        .append(
            String.format(
                Locale.ROOT,
                "| API intake, 8 clients, 1 tenant, %d s (single-line orders) | %,d | — | — | %.1f s"
                    + " | %.1f | — | — |%n",
                API_SECONDS,
                api.ok(),
                api.seconds(),
                api.perSecond()))
        .append(
            String.format(
                Locale.ROOT,
                "%nImport / API rate: %.2f× (target ≥ 0.5×); heap growth %.0f MiB after GC (target"
                    + " ≤ 256 MB; sampled after a collection every 15 s, over the used heap after a"
                    + " collection before the run). API errors: %d. loadavg before: %s; after: %s.%n",
                rate / api.perSecond(),
                (retained.get() - base) / 1048576.0,
                api.errors(),
                loadBefore,
                loadAfter));
    Path result =
        Path.of(System.getProperty("orderpool.buildDir", "target"), "bench", "import.txt");
    Files.writeString(result, out.toString());
    assertEquals(ImportJob.Status.DONE, job.getStatus(), job.getErrorText());
    assertEquals(ORDERS, job.getCreatedCount());
    assertEquals(0, api.errors(), api.firstError());
  }

  /** The API's intake at 8 clients on a fresh tenant, after 300 orders of warm-up. */
  private HttpLoad.Result apiRate() {
    String code = Codes.newTenant(console);
    runner.run(code, () -> tx.run(() -> apiSettings.setRateLimitPerMinute(1_000_000)));
    String key = keys.issue(code, "bench", Set.of("orders:write"), null, "bench").key();
    String url =
        "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api/v1/orders";
    HttpLoad.Requests warm = (client, n) -> post(url, key, "w-" + n);
    HttpLoad.count(8, 300, warm, 201);
    HttpLoad.Result r =
        HttpLoad.forTime(
            8, Duration.ofSeconds(API_SECONDS), (client, n) -> post(url, key, "a-" + n), 201);
    console.suspend(code);
    return r;
  }

  private static java.net.http.HttpRequest post(String url, String key, String ref) {
    String body = ApiClient.example(ref).replace("ana@customer.example", ref + "@c.example");
    return HttpLoad.postJson(url, key, null, body);
  }

  /** The file: ORDERS BULK orders of LINES one-piece lines, each order a customer of its own. */
  private static void write(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(ImportsIT.HEADER.replace(";", ","));
      for (int o = 0; o < ORDERS; o++) {
        for (int l = 0; l < LINES; l++) {
          w.write(
              String.format(
                  Locale.ROOT,
                  "B-%d,BULK,Cliente %d,c%d@bench.example,Cliente %d,Calle Mayor %d,28001,Madrid,ES,"
                      + "Derby,DRB-%d,\"Derby, talla %d\",1,%d.%02d\r\n",
                  o,
                  o,
                  o,
                  o,
                  o % 200 + 1,
                  36 + l,
                  36 + l,
                  80 + l,
                  o % 100));
        }
      }
    }
  }
}
