package com.orderpool.cluster;

import com.orderpool.dev.Cluster;
import com.orderpool.support.TestEnvironment;
import java.io.File;
import java.time.Duration;
import java.util.Map;

/**
 * The one cluster of a {@code -Pcluster} run: two Payara Micro nodes in one Data Grid behind
 * HAProxy, as {@code deploy/cluster} starts them, on two database servers (the test run's two
 * MariaDBs, the second as server {@code second}), with the demo tenant BFG and a known API key for
 * it; booted by the first {@code *ClusterIT} that asks and shared by the others (a boot of two
 * nodes is the slow part). A test that kills or restarts a node leaves both nodes up again when it
 * ends ({@link #ensureBothUp}). Stopped when the test JVM ends.
 */
final class ClusterFixture {
  static final Duration NODE_START = Duration.ofMinutes(5);

  /** The demo tenant's API key (every scope), for tests that drive the API through HAProxy. */
  static final String DEMO_TENANT = "BFG";

  private static Cluster cluster;
  private static String apiKey;

  private ClusterFixture() {}

  /** The running cluster, started on first use. */
  static synchronized Cluster get() {
    if (cluster == null) {
      File build = new File(System.getProperty("orderpool.buildDir"));
      Map<String, String> settings = TestEnvironment.appSettings();
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
        c.start(new int[] {0, 0}, 0, settings, NODE_START);
      } catch (RuntimeException e) {
        c.close();
        throw e;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(c::close, "cluster-stop"));
      cluster = c;
    }
    return cluster;
  }

  /** The API key of {@link #DEMO_TENANT}, with every scope. */
  static synchronized String apiKey() {
    get();
    return apiKey;
  }

  private static String newApiKey() {
    java.security.SecureRandom random = new java.security.SecureRandom();
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      prefix.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return "opk_"
        + prefix
        + "_"
        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** Starts again any node a test killed, so the next test finds the whole cluster. */
  static synchronized void ensureBothUp() {
    if (cluster == null) {
      return;
    }
    for (Cluster.Node n : cluster.nodes()) {
      if (!n.process().isAlive()) {
        cluster.restart(n.name(), NODE_START);
      }
    }
  }
}
