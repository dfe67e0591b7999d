package com.orderpool.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.dev.Cluster;
import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A change made on one node is in force on the other at once, although each node caches API keys
 * and tenants' status for five seconds: a key revoked through node1's page is refused on node2
 * within a second, and so is the key of a tenant suspended through node1's platform console. Node2
 * has just answered the key (so it holds it in its caches) when the change is made.
 */
class CacheInvalidationClusterIT {
  /**
   * Well under the caches' five seconds: only a drop sent by node1 explains a refusal this soon.
   */
  private static final Duration AT_ONCE = Duration.ofSeconds(1);

  private static Cluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = ClusterFixture.get();
  }

  @Test
  void aKeyRevokedOnOneNodeIsRefusedOnTheOtherAtOnce() throws Exception {
    String node1 = cluster.node("node1").baseUrl();
    String node2 = cluster.node("node2").baseUrl();
    try (Browser admin = new Browser(node1)) {
      ClusterTenants.provision(admin, Codes.fresh(), "revoking admin password");
      String key = ClusterTenants.issueKey(admin, "Shop on node2");
      assertEquals(200, ClusterTenants.statusesWith(node2, key), "node2 takes the key");

      ClusterTenants.openKeys(admin, "Shop on node2");
      assertEquals(200, ClusterTenants.statusesWith(node2, key), "node2 has it cached");
      ClusterTenants.revokeNewestKey(admin, "Shop on node2");
      ClusterTenants.Outcome o = ClusterTenants.awaitStatus(node2, key, s -> s == 401, AT_ONCE);
      System.out.printf("revoked key refused on node2 after %d ms%n", o.after().toMillis());
      assertEquals(401, o.status(), "node2 refuses the revoked key within " + AT_ONCE);
      assertEquals(401, ClusterTenants.statusesWith(node1, key), "and node1 too");
    }
  }

  @Test
  void aTenantSuspendedOnOneNodeIsRefusedOnTheOtherAtOnce() throws Exception {
    String node1 = cluster.node("node1").baseUrl();
    String node2 = cluster.node("node2").baseUrl();
    String code = Codes.fresh();
    try (Browser admin = new Browser(node1);
        Browser platform = new Browser(node1)) {
      ClusterTenants.provision(admin, code, "suspended admin password");
      String key = ClusterTenants.issueKey(admin, "Shop of a suspended tenant");
      assertEquals(200, ClusterTenants.statusesWith(node2, key), "node2 takes the key");

      ClusterTenants.openTenant(platform, code);
      assertEquals(200, ClusterTenants.statusesWith(node2, key), "node2 has the tenant cached");
      ClusterTenants.suspendListed(platform, code);
      ClusterTenants.Outcome o = ClusterTenants.awaitStatus(node2, key, s -> s != 200, AT_ONCE);
      System.out.printf("suspended tenant refused on node2 after %d ms%n", o.after().toMillis());
      assertEquals(403, o.status(), "node2 refuses the suspended tenant's key within " + AT_ONCE);
      assertEquals(403, ClusterTenants.statusesWith(node1, key), "and node1 too");
    }
  }
}
