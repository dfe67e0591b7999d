package com.orderpool.dev;

import java.io.File;
import java.time.Duration;

/**
 * {@code deploy/cluster}: the database and mail server of {@code deploy/run} ({@link
 * LocalServices}), then ORDERPOOL_NODES (2) Payara Micro nodes of the WAR joined in one Data Grid,
 * and HAProxy in front on ORDERPOOL_PORT (8080); see {@link Cluster}. Prints the URL, the nodes and
 * the logins. Ctrl-C stops all of it.
 */
public final class ClusterServer {
  private ClusterServer() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    File home = new File(System.getProperty("orderpool.home", ".")).getAbsoluteFile();
    File var =
        new File(LocalServices.env("ORDERPOOL_VAR", new File(home, "var").getPath()))
            .getAbsoluteFile();
    int port = Integer.parseInt(LocalServices.env("ORDERPOOL_PORT", "8080"));
    int count = Integer.parseInt(LocalServices.env("ORDERPOOL_NODES", "2"));
    // nodes on ORDERPOOL_NODE_PORT, +1, ... (0: free ports)
    int firstNodePort = Integer.parseInt(LocalServices.env("ORDERPOOL_NODE_PORT", "8081"));
    int[] nodePorts = new int[count];
    for (int i = 0; i < count; i++) {
      nodePorts[i] = firstNodePort == 0 ? 0 : firstNodePort + i;
    }
    File dir = new File(var, "cluster");
    // logging-library notices go to a file, as in deploy/run
    ConsoleFilter.quietNotices(new File(dir, "log/console.log"));
    System.out.println(
        "Starting an Orderpool cluster of "
            + count
            + " nodes (node logs and haproxy.cfg in "
            + dir
            + ") ...");
    LocalServices services = new LocalServices(var, "http://localhost:" + port);
    Cluster cluster =
        new Cluster(
            new File(home, "target/payara-micro.jar"),
            new File(home, "target/orderpool.war"),
            dir,
            LocalServices.env(
                "ORDERPOOL_CLUSTER_NAME", "orderpool-" + ProcessHandle.current().pid()));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping the Orderpool cluster ...");
                  cluster.close();
                  services.close();
                  System.out.println("Stopped.");
                }));
    try {
      cluster.start(nodePorts, port, services.settings, Duration.ofMinutes(5));
    } catch (RuntimeException e) {
      System.out.println("ERROR " + e.getMessage() + " (see the logs in " + dir + "/log)");
      System.exit(1);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    LoadBalancer lb = cluster.balancer();
    System.out.printf(
        "%n=== Orderpool cluster is ready: %s/ (%d nodes) ===%n", lb.baseUrl(), count);
    System.out.printf(
        "Started in %.1f s. HAProxy pid %d (round robin, no stickiness, health checks on /health;"
            + " the node that served a response is named in its %s header)%n",
        seconds, lb.pid(), LoadBalancer.NODE_HEADER);
    for (Cluster.Node n : cluster.nodes()) {
      System.out.printf(
          "  %s: %s/ (Payara Micro pid %d, Data Grid port %d, log %s)%n",
          n.name(), n.baseUrl(), n.process().pid(), n.gridPort(), n.log());
    }
    System.out.println("Data Grid: " + cluster.name() + " (web sessions are replicated)");
    System.out.print(services.logins());
    System.out.println("Press Ctrl-C to stop.");
    Thread.currentThread().join();
  }
}
