package com.orderpool.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.dev.Cluster;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API intake through HAProxy while one node is killed and started again: a shop's client retries
 * with its Idempotency-Key until each order is accepted, and every accepted order exists exactly
 * once, with order numbers unique and without gaps.
 */
class IntakeRestartClusterIT {
  private static final int ORDERS = 200;
  private static final int CLIENTS = 8;

  private static Cluster cluster;
  private static ClusterTenants.Tenant tenant;

  @BeforeAll
  static void start() {
    cluster = ClusterFixture.get();
    tenant = ClusterFixture.tenant();
  }

  @Test
  void everyAcceptedOrderExistsOnceWhileANodeIsRestarted() throws Exception {
    ClusterApi api = new ClusterApi(cluster.balancer().baseUrl(), tenant.apiKey());
    String run = "restart-" + System.nanoTime() + "-";
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<ClusterApi.Placed> placed = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(
          clients.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < ORDERS; i = next.getAndIncrement()) {
                  placed.add(
                      api.place(
                          run + i, "restart" + i + "@customer.example", Duration.ofMinutes(4)));
                }
                return null;
              }));
    }
    // a quarter in, the second node dies hard, mid-request, and is started again
    long waitedFrom = System.nanoTime();
    while (placed.size() < ORDERS / 4 && System.nanoTime() - waitedFrom < 120_000_000_000L) {
      Thread.sleep(50);
    }
    Cluster.Node victim = cluster.node("node2");
    victim.process().kill();
    int placedAtKill = placed.size();
    cluster.restart("node2", ClusterFixture.NODE_START);
    int placedAtRestart = placed.size();
    try {
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
    System.out.printf(
        "intake: %d orders, node2 killed after %d, back after %d, %d retries, by node %s%n",
        placed.size(), placedAtKill, placedAtRestart, api.retries.get(), byNode(placed));

    // node2 is back in HAProxy's rotation and takes orders again
    List<ClusterApi.Placed> after = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      after.add(
          api.place(run + "after-" + i, "after" + i + "@customer.example", Duration.ofMinutes(1)));
    }
    assertTrue(
        after.stream().anyMatch(p -> p.node().equals("node2")),
        () -> "the restarted node answers again: " + byNode(after));
    placed.addAll(after);

    assertEquals(ORDERS + after.size(), placed.size(), "every order was accepted in the end");
    assertTrue(placedAtRestart > placedAtKill, "orders were accepted while node2 was down");
    assertEquals(placed.size(), placed.stream().map(ClusterApi.Placed::number).distinct().count());

    Map<String, List<String>> stored = new HashMap<>();
    TreeSet<Long> seqs = new TreeSet<>();
    int rows = 0;
    try (Connection db = ClusterTenants.database()) {
      try (PreparedStatement q =
          db.prepareStatement(
              "SELECT external_reference, order_number FROM "
                  + tenant.schema()
                  + ".customer_order WHERE external_reference LIKE ?")) {
        q.setString(1, run + "%");
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            stored.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
          }
        }
      }
      try (PreparedStatement q =
              db.prepareStatement("SELECT seq FROM " + tenant.schema() + ".customer_order");
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          rows++;
          seqs.add(rs.getLong(1));
        }
      }
    }
    for (ClusterApi.Placed p : placed) {
      assertEquals(
          List.of(p.number()),
          stored.get(p.reference()),
          () -> p.reference() + " exists once, with the number it was answered");
    }
    assertEquals(placed.size(), stored.size(), "no order the client did not place");
    assertEquals(rows, seqs.size(), "numbers unique in the tenant");
    assertEquals(
        seqs.last() - seqs.first() + 1,
        seqs.size(),
        () -> "numbers without gaps: " + seqs.first() + ".." + seqs.last());
  }

  private static Map<String, Long> byNode(Iterable<ClusterApi.Placed> placed) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    placed.forEach(p -> counts.merge(p.node(), 1L, Long::sum));
    return counts;
  }
}
