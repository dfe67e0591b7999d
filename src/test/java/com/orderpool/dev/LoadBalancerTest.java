package com.orderpool.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HAProxy configuration deploy/cluster writes, and how a node's log tells the grid's size. */
class LoadBalancerTest {
  @Test
  void roundRobinWithHealthChecksAndNoStickiness() {
    String cfg =
        LoadBalancer.config(
            9000,
            List.of(
                new LoadBalancer.Backend("node1", 9001), new LoadBalancer.Backend("node2", 9002)));
    assertTrue(cfg.contains("bind 127.0.0.1:9000\n"));
    assertTrue(cfg.contains("balance roundrobin\n"));
    assertTrue(cfg.contains("option httpchk GET /health\n"));
    assertTrue(cfg.contains("server node1 127.0.0.1:9001 check"));
    assertTrue(cfg.contains("server node2 127.0.0.1:9002 check"));
    assertTrue(cfg.contains("http-response set-header X-Orderpool-Node %s\n"));
    assertTrue(cfg.contains("option redispatch\n"), "a request whose node is gone goes to another");
    assertFalse(cfg.contains("cookie"), "no sticky-session cookie");
    assertFalse(cfg.contains("stick"), "no stick table");
  }

  @Test
  void theGridSizeIsTheLastOneANodeLogged(@TempDir Path dir) throws Exception {
    File log = dir.resolve("node1.log").toFile();
    assertEquals(0, Cluster.gridSize(log), "no log yet");
    Files.writeString(
        log.toPath(),
        "Payara Data Grid State: DG Version: 5 DG Name: x DG Size: 1\n"
            + "...\nPayara Data Grid State: DG Version: 5 DG Name: x DG Size: 2\n");
    assertEquals(2, Cluster.gridSize(log));
  }
}
