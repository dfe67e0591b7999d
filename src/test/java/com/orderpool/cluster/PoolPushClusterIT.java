package com.orderpool.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.ApiClient;
import com.orderpool.dev.Cluster;
import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.UiTenants;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A live update crosses nodes and stays within its tenant: an order placed through node1's API
 * appears, without a reload, in the order pool of a user whose browser is attached to node2 alone;
 * another tenant's pool on node2 receives no push.
 */
class PoolPushClusterIT {
  private static Cluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = ClusterFixture.get();
  }

  /** How many pushes the open pool page received (its socket's onmessage counts them). */
  private static long pushes(Browser b) {
    return ((Number)
            ((JavascriptExecutor) b.driver()).executeScript("return window.orderpoolPushes || 0;"))
        .longValue();
  }

  /** Places an order through one node's API; returns its number. */
  private static String placeOrder(String nodeUrl, String key, String body) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(nodeUrl + "/api/v1/orders"))
                    .header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r::body);
    Matcher m = NUMBER.matcher(r.body());
    assertTrue(m.find(), r::body);
    return m.group(1);
  }

  private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

  @Test
  void anOrderPlacedOnNode1ReachesTheTenantsPoolOnNode2Only() throws Exception {
    String node1 = cluster.node("node1").baseUrl();
    String node2 = cluster.node("node2").baseUrl();
    String a = Codes.fresh();
    String b = Codes.fresh();
    try (Browser adminA = new Browser(node1);
        Browser adminB = new Browser(node1);
        Browser watcherA = new Browser(node2);
        Browser watcherB = new Browser(node2)) {
      String emailA = ClusterTenants.provision(adminA, a, "tenant a password");
      String emailB = ClusterTenants.provision(adminB, b, "tenant b password");
      String keyA = ClusterTenants.issueKey(adminA, "Shop A");

      UiTenants.login(watcherA, emailA, "tenant a password");
      watcherA.waitForText("Workshop " + a);
      UiTenants.login(watcherB, emailB, "tenant b password");
      watcherB.waitForText("Workshop " + b);
      watcherA.open("/orders/pool.xhtml");
      watcherB.open("/orders/pool.xhtml");
      watcherA.waitForText("No orders yet");
      watcherB.waitForText("No orders yet");
      assertTrue(watcherA.driver().getCurrentUrl().startsWith(node2), "A's pool is on node2");
      assertTrue(watcherB.driver().getCurrentUrl().startsWith(node2), "B's pool is on node2");
      Thread.sleep(1500); // the pages' sockets connect

      String number = placeOrder(node1, keyA, ApiClient.example("cluster-" + a));
      long sent = System.nanoTime();

      watcherA.waitForText(number);
      System.out.printf(
          "order placed on node1 shown on node2 after %d ms%n",
          (System.nanoTime() - sent) / 1_000_000);
      watcherA.screenshot("cluster-10-push-across-nodes");
      assertTrue(pushes(watcherA) >= 1, "A's pool on node2 was pushed to");
      Thread.sleep(2000);
      assertEquals(0, pushes(watcherB), "the other tenant's pool on node2 got nothing");
      assertFalse(watcherB.pageSource().contains(number));
    }
  }
}
