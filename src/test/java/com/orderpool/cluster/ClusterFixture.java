package com.orderpool.cluster;

import com.orderpool.dev.Cluster;
import com.orderpool.dev.PayaraProcess;
import com.orderpool.support.TestEnvironment;
import java.io.File;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The one cluster of a {@code -Pcluster} run: two Payara Micro nodes in one Data Grid behind
 * HAProxy, as {@code deploy/cluster} starts them, on two database servers (the test run's two
 * MariaDBs, the second as server {@code second}), with the demo tenant BFG and a known API key for
 * it; booted by the first {@code *ClusterIT} that asks and shared by the others (a boot of two
 * nodes is the slow part). A node a test killed is started again when the next test asks for the
 * cluster, so a test that kills one last costs no restart (the cluster profile runs the test
 * classes in their {@code @Order}). Stopped when the test JVM ends.
 */
final class ClusterFixture {
  static final Duration NODE_START = Duration.ofMinutes(5);

  /** The demo tenant, provisioned by the first node with {@link #apiKey()}. */
  static final String DEMO_TENANT = "BFG";

  private static Cluster cluster;
  private static ClusterTenants.Tenant tenant;
  private static String apiKey;

  private ClusterFixture() {}

  /** The running cluster with all its nodes up, started on first use. */
  static synchronized Cluster get() {
    if (cluster != null) {
      ensureAllUp();
    } else {
      File build = new File(System.getProperty("orderpool.buildDir"));
      Map<String, String> settings = TestEnvironment.appSettings();
      int lbPort = PayaraProcess.freePort();
      // links in e-mails (set-password) lead through HAProxy, as in production
      settings.put("orderpool.base.url", "http://localhost:" + lbPort);
      // the payment reminders go out every 5 s, on both nodes at the same second
      settings.put("orderpool.reminders.schedule", "*/5 * *");
      // a client retrying after its node died gets its key back after 30 s, not 2 minutes
      settings.put("orderpool.api.idempotency.abandoned", "30s");
      // the demo tenant BFG with its orders and a known API key, as on the embedded run (the test
      // database counts as embedded): the first node provisions it
      apiKey = newApiKey();
      settings.put("orderpool.demo.packs", "bfg");
      settings.put("orderpool.db.embedded-url", settings.get("orderpool.db.url"));
      settings.put("orderpool.demo.api-key", apiKey);
      Cluster c =
          new Cluster(
              new File(build, "payara-micro.jar"),
              new File(build, "orderpool.war"),
              new File(build, "cluster-it"),
              "orderpool-it-" + ProcessHandle.current().pid());
      try {
        c.start(new int[] {0, 0}, lbPort, settings, NODE_START);
      } catch (RuntimeException e) {
        c.close();
        throw e;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(c::close, "cluster-stop"));
      cluster = c;
    }
    return cluster;
  }

  /**
   * A tenant of this run with an admin and an API key, provisioned through HAProxy on first use and
   * shared by the tests that need one.
   */
  static synchronized ClusterTenants.Tenant tenant() {
    if (tenant == null) {
      tenant = ClusterTenants.provision(get().balancer().baseUrl());
    }
    return tenant;
  }

  /** The API key of {@link #DEMO_TENANT}, with every scope. */
  static synchronized String apiKey() {
    get();
    return apiKey;
  }

  private static String newApiKey() {
    SecureRandom random = new SecureRandom();
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      prefix.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return "opk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** Starts again any node a test killed. */
  private static void ensureAllUp() {
    for (Cluster.Node n : cluster.nodes()) {
      if (!n.process().isAlive()) {
        cluster.restart(n.name(), NODE_START);
      }
    }
  }
}
