package com.orderpool.cluster;

import com.orderpool.api.ApiClient;
import com.orderpool.dev.Cluster;
import com.orderpool.dev.PayaraProcess;
import com.orderpool.support.HttpLoad;
import com.orderpool.support.TestEnvironment;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/orders} through HAProxy with one node and with two (mvn verify -Pbench
 * -Dit.test=ClusterIntakeBench), and straight to the node in the same run: what the balancer and a
 * second node cost or bring on this machine. The load generator runs in the test JVM (closed loop,
 * 32 clients, one tenant). On one box of two cores the second node shares the cores of the first,
 * so the ratio shows overhead, not scaling. The table goes to {@code
 * target/bench/cluster-intake.md}.
 */
class ClusterIntakeBench {
  private static final int CLIENTS = 32;
  private static final int SECONDS = Integer.getInteger("bench.seconds", 30);

  private record Line(String what, HttpLoad.Result r) {}

  @Test
  void intakeThroughTheBalancer() throws Exception {
    String loadBefore = loadavg();
    List<Line> lines = new ArrayList<>();
    for (int nodes = 1; nodes <= 2; nodes++) {
      try (Cluster cluster = start(nodes)) {
        ClusterTenants.Tenant t = ClusterTenants.provision(cluster.balancer().baseUrl());
        unlimited(t);
        String viaBalancer = cluster.balancer().baseUrl() + "/api/v1/orders";
        String direct = cluster.nodes().get(0).baseUrl().replaceAll("/$", "") + "/api/v1/orders";
        // warm up (JIT, pools, every node) for as long as a scenario, not counted
        HttpLoad.forTime(
            CLIENTS, Duration.ofSeconds(SECONDS), requests(viaBalancer, t, "w" + nodes), 201);
        String label = nodes + (nodes == 1 ? " node" : " nodes") + " behind HAProxy";
        // two rounds: the JIT is still at work in the first (with one node, the two paths take
        // turns, so neither gains from going later)
        for (int round = 1; round <= 2; round++) {
          String suffix = " (round " + round + ")";
          lines.add(
              new Line(
                  label + suffix,
                  HttpLoad.forTime(
                      CLIENTS,
                      Duration.ofSeconds(SECONDS),
                      requests(viaBalancer, t, "b" + nodes + "r" + round),
                      201)));
          if (nodes == 1) {
            lines.add(
                new Line(
                    "1 node, direct (no HAProxy)" + suffix,
                    HttpLoad.forTime(
                        CLIENTS,
                        Duration.ofSeconds(SECONDS),
                        requests(direct, t, "d1r" + round),
                        201)));
          }
        }
      }
    }
    String loadAfter = loadavg();

    StringBuilder md = new StringBuilder("# API intake through HAProxy (ClusterIntakeBench)\n\n");
    md.append(
            String.format(
                "%d clients (closed loop, HTTP/1.1 keep-alive, one tenant, an Idempotency-Key per"
                    + " order) in the test JVM on the same %d cores as the nodes, %d s per"
                    + " scenario after a warm-up as long (not counted).%n%n",
                CLIENTS, Runtime.getRuntime().availableProcessors(), SECONDS))
        .append("/proc/loadavg before: ")
        .append(loadBefore)
        .append(", after: ")
        .append(loadAfter)
        .append("\n\n| scenario | orders | orders/s | p50 | p99 | max | errors |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Line l : lines) {
      HttpLoad.Result r = l.r();
      md.append(
          String.format(
              "| %s | %,d | %.1f | %.1f ms | %.1f ms | %.1f ms | %d%s |%n",
              l.what(),
              r.ok(),
              r.perSecond(),
              r.percentile(50),
              r.percentile(99),
              r.maxMs(),
              r.errors(),
              r.errors() > 0 ? " " + r.statuses() + ": " + r.firstError() : ""));
    }
    Path out = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench");
    Files.createDirectories(out);
    Files.writeString(out.resolve("cluster-intake.md"), md, StandardCharsets.UTF_8);
    System.out.println(md);
  }

  private static Cluster start(int nodes) {
    File build = new File(System.getProperty("orderpool.buildDir"));
    Map<String, String> settings = TestEnvironment.appSettings();
    int lbPort = PayaraProcess.freePort();
    settings.put("orderpool.base.url", "http://localhost:" + lbPort);
    Cluster c =
        new Cluster(
            new File(build, "payara-micro.jar"),
            new File(build, "orderpool.war"),
            new File(build, "cluster-bench-" + nodes),
            "orderpool-bench-" + ProcessHandle.current().pid() + "-" + nodes);
    try {
      c.start(new int[nodes], lbPort, settings, ClusterFixture.NODE_START);
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** The tenant's API rate limit raised out of the way, before its key's first call. */
  private static void unlimited(ClusterTenants.Tenant t) throws Exception {
    try (Connection db = ClusterTenants.database();
        PreparedStatement q =
            db.prepareStatement(
                "REPLACE INTO "
                    + t.schema()
                    + ".tenant_setting (name, value) VALUES ('api.rate-limit-per-minute', '1000000')")) {
      q.executeUpdate();
    }
  }

  private static HttpLoad.Requests requests(String url, ClusterTenants.Tenant t, String tag) {
    return (client, n) -> {
      String ref = tag + "-" + n;
      String body =
          ApiClient.example(ref).replace("ana@customer.example", ref + "@customer.example");
      return HttpLoad.postJson(url, t.apiKey(), UUID.randomUUID().toString(), body);
    };
  }

  private static String loadavg() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
