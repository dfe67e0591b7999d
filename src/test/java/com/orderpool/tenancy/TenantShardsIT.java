package com.orderpool.tenancy;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.ApiClient;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.TenantShards;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestMoney;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Tenants on two database servers (the test run's second MariaDB is configured as {@value
 * #SECOND}): provisioning onto the emptier server, a move with orders, lines and payments whose
 * tables are equal after it, a read-only tenant refusing writes (also 503 on the API), a spoiled
 * copy leaving the tenant where it was, and another tenant seeing none of it.
 */
class TenantShardsIT extends InContainer {
  static final String SECOND = "second";
  static final Set<String> BUSINESS =
      Set.of(
          "customer",
          "customer_order",
          "order_line",
          "order_history",
          "payment",
          "invoice",
          "sequence_counter",
          "tenant_setting",
          "flyway_schema_history");

  @Inject PlatformConsole console;
  @Inject TenantShards shards;
  @Inject DbServers servers;
  @Inject ShardStore store;
  @Inject ShardMap map;
  @Inject SchemaCopier copier;
  @Inject OrderService orders;
  @Inject Payments payments;
  @Inject TenantRunner runner;
  @Inject ApiKeys keys;
  @Inject HttpServletRequest request;

  private String provision(String server) {
    String code = Codes.fresh();
    ProvisionRequest r = new ProvisionRequest("Co " + code, code, Codes.email(code, "admin"));
    r.setDbServer(server);
    console.provision(r);
    return code;
  }

  private Order order(String code, String net) {
    return runner.call(code, () -> orders.create(TestMoney.priced(Codes.email(code, "ann"), net)));
  }

  private void pay(String code, Order o, String amount) {
    PaymentInput in = new PaymentInput(PaymentMethod.CASH, TestMoney.eur(amount), LocalDate.now());
    runner.call(code, () -> payments.record(o.getId(), in, o.getVersion()));
  }

  @Test
  void aNewTenantGoesToTheServerWithFewerTenantsAndWorksThere() throws SQLException {
    servers.useAutomatic(SECOND, true);
    try {
      Map<String, Integer> before = store.tenantsPerServer();
      int main = before.getOrDefault(ServerConfig.DEFAULT, 0);
      int second = before.getOrDefault(SECOND, 0);
      String code = provision(null);
      String expected = second < main ? SECOND : ServerConfig.DEFAULT;
      assertEquals(expected, shards.shard(code).server(), "counts before: " + before);
      // orders of a tenant on the second server live there, and only there
      Order o = order(code, "80.00");
      assertEquals(o.getId(), runner.call(code, () -> orders.getByNumber(o.getNumber())).getId());
      if (expected.equals(SECOND)) {
        assertTrue(schemaExists(SECOND, code));
        assertFalse(schemaExists(ServerConfig.DEFAULT, code));
      }
    } finally {
      servers.useAutomatic(SECOND, null);
    }
    // the admin's pick wins, and a manual server gets no tenant it was not picked for
    assertEquals(SECOND, shards.shard(provision(SECOND)).server());
    assertEquals(ServerConfig.DEFAULT, shards.shard(provision(null)).server());
  }

  @Test
  void aMovedTenantKeepsEveryRowAndAnotherTenantSeesNoneOfIt() throws Exception {
    String a = provision(ServerConfig.DEFAULT);
    String b = provision(ServerConfig.DEFAULT);
    Order a1 = order(a, "100.00");
    Order a2 = order(a, "40.00");
    Order a3 = order(a, "12.50");
    pay(a, a1, "121.00");
    pay(a, a2, "10.00");
    Order b1 = order(b, "70.00");
    Map<String, TableChecksum.Sum> bBefore = sums(ServerConfig.DEFAULT, b);
    Map<String, TableChecksum.Sum> aBefore = sums(ServerConfig.DEFAULT, a);
    assertTrue(aBefore.get("customer_order").rows() == 3, aBefore.toString());
    assertTrue(aBefore.get("order_line").rows() >= 3, aBefore.toString());
    assertTrue(aBefore.get("payment").rows() == 2, aBefore.toString());

    shards.move(a, SECOND);
    Shard done = awaitEnd(a);
    assertEquals(Shard.MoveState.DONE, done.moveState(), () -> String.valueOf(done.moveDetail()));
    assertEquals(SECOND, done.server());
    assertTrue(done.writable());
    assertEquals(1, done.epoch());
    assertEquals(aBefore, sums(SECOND, a), "every table equal: counts and checksums");
    assertFalse(schemaExists(ServerConfig.DEFAULT, a), "the old schema is dropped");

    // the moved tenant reads and writes on its new server
    assertEquals(a3.getId(), runner.call(a, () -> orders.getByNumber(a3.getNumber())).getId());
    Order a4 = order(a, "5.00");
    assertEquals(4L, runner.call(a, orders::total));
    assertTrue(a4.getNumber().endsWith("-" + a));

    // B cannot see A's orders, and B's data is untouched
    for (Order o : List.of(a1, a4)) {
      assertInstanceOf(
          NotFoundException.class,
          unwrap(
              assertThrows(
                  Exception.class, () -> runner.call(b, () -> orders.getByNumber(o.getNumber())))));
    }
    assertEquals(bBefore, sums(ServerConfig.DEFAULT, b));
    assertEquals(b1.getId(), runner.call(b, () -> orders.getByNumber(b1.getNumber())).getId());

    // and back again
    shards.move(a, ServerConfig.DEFAULT);
    Shard back = awaitEnd(a);
    assertEquals(Shard.MoveState.DONE, back.moveState(), () -> String.valueOf(back.moveDetail()));
    assertEquals(ServerConfig.DEFAULT, back.server());
    assertEquals(4L, runner.call(a, orders::total));
  }

  @Test
  void aReadOnlyTenantRefusesWritesAndStillReads() {
    String code = provision(ServerConfig.DEFAULT);
    Order o = order(code, "30.00");
    String key =
        keys.issue(code, "test key", Set.of("orders:read", "orders:write"), null, "test").key();
    ApiClient api =
        new ApiClient(
            "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api", key);
    assertTrue(store.startMove(code, ServerConfig.DEFAULT, SECOND, Instant.now()));
    map.forget(code);
    try {
      assertInstanceOf(
          TenantReadOnlyException.class,
          unwrap(assertThrows(Exception.class, () -> order(code, "10.00"))));
      assertEquals(1L, runner.call(code, orders::total), "nothing written, reads work");
      assertEquals(o.getId(), runner.call(code, () -> orders.getByNumber(o.getNumber())).getId());

      ApiClient.Reply refused = api.post("/v1/orders", ApiClient.example("ro-1"), "ro-key-1");
      assertEquals(503, refused.status(), refused::toString);
      assertEquals(
          String.valueOf(TenantReadOnlyException.RETRY_AFTER_SECONDS), refused.retryAfter());
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
      assertEquals("tenant.maintenance", refused.json().getString("code"));
      assertEquals(200, api.get("/v1/orders/" + o.getNumber()).status(), "the API reads");
    } finally {
      store.endMove(code, Shard.MoveState.FAILED, "test", Instant.now());
      map.forget(code);
    }
    // writable again: the retry with the same key succeeds
    ApiClient.Reply retried = api.post("/v1/orders", ApiClient.example("ro-1"), "ro-key-1");
    assertEquals(201, retried.status(), retried::toString);
    assertFalse(retried.replayed());
    assertEquals(2L, runner.call(code, orders::total));
  }

  @Test
  void aCopyThatDoesNotVerifyLeavesTheTenantWhereItWasWritable() throws Exception {
    String code = provision(ServerConfig.DEFAULT);
    order(code, "10.00");
    order(code, "20.00");
    Map<String, TableChecksum.Sum> before = sums(ServerConfig.DEFAULT, code);
    CopySpoiler.table = "customer_order";
    CopySpoiler.tenant = code;
    try {
      shards.move(code, SECOND);
      Shard failed = awaitEnd(code);
      assertEquals(Shard.MoveState.FAILED, failed.moveState());
      assertEquals(ServerConfig.DEFAULT, failed.server());
      assertTrue(failed.writable());
      assertNotNull(failed.moveDetail());
      assertTrue(
          failed.moveDetail().contains("customer_order: 2 rows, copy 1"), failed.moveDetail());
    } finally {
      CopySpoiler.tenant = null;
    }
    assertFalse(schemaExists(SECOND, code), "the spoiled copy is dropped");
    assertEquals(before, sums(ServerConfig.DEFAULT, code));
    order(code, "30.00");
    assertEquals(3L, runner.call(code, orders::total));
  }

  private Shard awaitEnd(String code) throws InterruptedException {
    long until = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < until) {
      Shard s = shards.shard(code);
      if (!s.moving()) {
        return s;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("move of " + code + " did not end: " + shards.shard(code));
  }

  /**
   * Counts and checksums of the tenant's business tables (the outbox and its relay's state change
   * in the background as e-mails go out; the move's own verification covers every table).
   */
  private Map<String, TableChecksum.Sum> sums(String server, String code) throws SQLException {
    String schema = TenantSchema.of(code);
    try (Connection c = servers.dataSource(server).getConnection()) {
      return copier.sums(
          c,
          schema,
          copier.tables(c, schema).stream().filter(t -> BUSINESS.contains(t.name())).toList());
    }
  }

  private boolean schemaExists(String server, String code) throws SQLException {
    DataSource ds = servers.dataSource(server);
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
      ps.setString(1, TenantSchema.of(code));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) == 1;
      }
    }
  }
}
