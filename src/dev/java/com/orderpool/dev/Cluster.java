package com.orderpool.dev;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Two or more Payara Micro nodes of the same WAR on loopback, joined in one Data Grid (Hazelcast)
 * of their own, with HAProxy in front ({@link LoadBalancer}). Web sessions live in the grid, so a
 * node may go and its users keep working on another. The first node starts alone and provisions the
 * demo data and the SFTP inbox; the others start after it, together, without either. Used by {@code
 * deploy/cluster} ({@link ClusterServer}) and the {@code *ClusterIT} tests.
 */
public final class Cluster implements AutoCloseable {
  /** Settings only the first node gets: demo data is provisioned once, not by every node. */
  static final List<String> FIRST_NODE_ONLY =
      List.of("orderpool.demo.packs", "orderpool.demo.api-key", "orderpool.demo.sftp-password");

  private static final Pattern MEMBERS = Pattern.compile("DG Size: (\\d+)");

  /** One application server of the cluster. */
  public record Node(String name, int gridPort, File log, PayaraProcess process) {
    public String baseUrl() {
      return process.baseUrl();
    }
  }

  private final File payaraJar;
  private final File war;
  private final File dir;
  private final String name;
  private final List<Node> nodes = new CopyOnWriteArrayList<>();
  private final List<PayaraProcess> launched = new CopyOnWriteArrayList<>();
  private volatile LoadBalancer balancer;
  private volatile boolean closed;
  private volatile String members;
  private volatile Map<String, String> laterNodeSettings;

  /**
   * A cluster not yet started.
   *
   * @param dir the run's folder for the nodes' work folders, logs and the HAProxy configuration
   * @param name the Data Grid's cluster name: only nodes with this name join
   */
  public Cluster(File payaraJar, File war, File dir, String name) {
    this.payaraJar = payaraJar;
    this.war = war;
    this.dir = dir;
    this.name = name;
  }

  /**
   * Starts {@code httpPorts.length} nodes (a port 0 picks a free one) and HAProxy on {@code
   * lbPort}, and waits until the nodes form one grid and HAProxy passes requests. What started is
   * stopped by {@link #close()}, also when this fails half-way.
   */
  public void start(int[] httpPorts, int lbPort, Map<String, String> settings, Duration timeout) {
    if (httpPorts.length < 1) {
      throw new IllegalArgumentException("a cluster has one node or more");
    }
    int[] gridPorts = new int[httpPorts.length];
    for (int i = 0; i < gridPorts.length; i++) {
      gridPorts[i] = PayaraProcess.freePort();
    }
    members =
        java.util.Arrays.stream(gridPorts)
            .mapToObj(p -> "127.0.0.1:" + p)
            .collect(Collectors.joining(","));
    // the first node alone: it migrates the schemas and provisions the demo data
    nodes.add(startNode(1, httpPorts[0], gridPorts[0], members, settings, timeout));
    Map<String, String> others = new LinkedHashMap<>(settings);
    FIRST_NODE_ONLY.forEach(others::remove);
    // one SFTP inbox server for the run, on the first node
    others.put("orderpool.sftp.enabled", "false");
    laterNodeSettings = Map.copyOf(others);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, httpPorts.length - 1));
    try {
      List<Future<Node>> rest = new ArrayList<>();
      for (int i = 1; i < httpPorts.length; i++) {
        int n = i;
        rest.add(
            pool.submit(
                () -> startNode(n + 1, httpPorts[n], gridPorts[n], members, others, timeout)));
      }
      for (Future<Node> f : rest) {
        nodes.add(f.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a node did not start: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
    awaitGrid(Duration.ofSeconds(60));
    List<LoadBalancer.Backend> backends =
        nodes.stream().map(n -> new LoadBalancer.Backend(n.name(), n.process().port())).toList();
    balancer =
        LoadBalancer.start(
            dir,
            lbPort == 0 ? PayaraProcess.freePort() : lbPort,
            backends,
            new File(dir, "log/haproxy.log"),
            Duration.ofSeconds(30));
    for (Node n : nodes) {
      balancer.awaitServing(n.name(), Duration.ofSeconds(30));
    }
  }

  private Node startNode(
      int number,
      int httpPort,
      int gridPort,
      String members,
      Map<String, String> settings,
      Duration timeout) {
    String nodeName = "node" + number;
    File log = new File(dir, "log/" + nodeName + ".log");
    log.getParentFile().mkdirs();
    log.delete();
    List<String> grid =
        List.of(
            "--clustername",
            name,
            "--clustermode",
            "tcpip:" + members,
            "--startport",
            Integer.toString(gridPort),
            "--interfaces",
            "127.0.0.1",
            // all nodes share one address here: without this, no backup of a node's sessions
            // would be kept on another node
            "--nohostaware",
            "--name",
            nodeName);
    System.out.println("Starting " + nodeName + " (log: " + log + ") ...");
    long started = System.nanoTime();
    PayaraProcess p =
        PayaraProcess.start(
            payaraJar,
            war,
            new File(dir, nodeName),
            httpPort,
            settings,
            grid,
            log,
            null,
            timeout,
            this::launched);
    System.out.printf(
        "%s is up on %s/ in %.0f s%n", nodeName, p.baseUrl(), (System.nanoTime() - started) / 1e9);
    return new Node(nodeName, gridPort, log, p);
  }

  /**
   * Starts a node again after it was killed or stopped: same name, HTTP port (so HAProxy finds it
   * back) and grid port, without the first node's one-time duties. Waits until it serves, the grid
   * has every node again and HAProxy sends it requests.
   */
  public Node restart(String nodeName, Duration timeout) {
    Node old = node(nodeName);
    old.process().close();
    int number = Integer.parseInt(nodeName.substring("node".length()));
    Node fresh =
        startNode(
            number, old.process().port(), old.gridPort(), members, laterNodeSettings, timeout);
    nodes.replaceAll(n -> n.name().equals(nodeName) ? fresh : n);
    awaitGrid(Duration.ofSeconds(60));
    if (balancer != null) {
      balancer.awaitServing(nodeName, Duration.ofSeconds(30));
    }
    return fresh;
  }

  /** Keeps a node process to stop; one launched while the cluster is being stopped goes at once. */
  private void launched(PayaraProcess p) {
    launched.add(p);
    if (closed) {
      p.close();
    }
  }

  /** Waits until every node's log says the grid has all the nodes. */
  private void awaitGrid(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (nodes.stream().allMatch(n -> gridSize(n.log()) == nodes.size())) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException(
        "the nodes did not form one Data Grid of "
            + nodes.size()
            + " within "
            + timeout
            + ": "
            + nodes.stream().map(n -> n.name() + "=" + gridSize(n.log())).toList());
  }

  /** The grid's size as a node last logged it, or 0. */
  static int gridSize(File log) {
    try {
      Matcher m = MEMBERS.matcher(Files.readString(log.toPath(), StandardCharsets.ISO_8859_1));
      int size = 0;
      while (m.find()) {
        size = Integer.parseInt(m.group(1));
      }
      return size;
    } catch (IOException e) {
      return 0;
    }
  }

  public List<Node> nodes() {
    return List.copyOf(nodes);
  }

  /** The node HAProxy calls by this name. */
  public Node node(String nodeName) {
    return nodes.stream()
        .filter(n -> n.name().equals(nodeName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no node " + nodeName));
  }

  public LoadBalancer balancer() {
    return balancer;
  }

  public String name() {
    return name;
  }

  /** Stops HAProxy, then every node this cluster launched (each by its own process). */
  @Override
  public void close() {
    closed = true;
    LoadBalancer lb = balancer;
    if (lb != null) {
      lb.close();
    }
    launched.parallelStream().forEach(PayaraProcess::close);
  }
}
