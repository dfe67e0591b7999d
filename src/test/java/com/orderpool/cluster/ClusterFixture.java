package com.orderpool.cluster;

import com.orderpool.dev.Cluster;
import com.orderpool.support.TestEnvironment;
import java.io.File;
import java.time.Duration;
import java.util.Map;

/**
 * The one cluster of a {@code -Pcluster} run: two Payara Micro nodes in one Data Grid behind
 * HAProxy, as {@code deploy/cluster} starts them, booted by the first {@code *ClusterIT} that asks
 * and shared by the others (a boot of two nodes is the slow part). A test that kills or restarts a
 * node leaves both nodes up again when it ends ({@link #ensureBothUp}). Stopped when the test JVM
 * ends.
 */
final class ClusterFixture {
  static final Duration NODE_START = Duration.ofMinutes(5);

  private static Cluster cluster;

  private ClusterFixture() {}

  /** The running cluster, started on first use. */
  static synchronized Cluster get() {
    if (cluster == null) {
      File build = new File(System.getProperty("orderpool.buildDir"));
      Map<String, String> settings = TestEnvironment.appSettings();
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
