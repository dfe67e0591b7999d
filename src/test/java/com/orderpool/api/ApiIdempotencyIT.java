package com.orderpool.api;

import static com.orderpool.api.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.ApiClient.Reply;
import com.orderpool.api.control.ApiSettings;
import com.orderpool.api.control.Idempotency;
import com.orderpool.api.control.IdempotencyPurgeTimer;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key over HTTP against the real database: one effect for a burst of identical POSTs,
 * "in progress" answers that hold no connection, an abandoned claim taken over, and the purge.
 */
class ApiIdempotencyIT extends InContainer {
  private static final Set<String> ALL =
      Set.of("orders:read", "orders:write", "shipments:write", "webhooks:manage");

  @Inject PlatformConsole console;
  @Inject ApiKeys keys;
  @Inject TenantRunner runner;
  @Inject OrderService orders;
  @Inject ApiSettings apiSettings;
  @Inject Transactions tx;
  @Inject HttpServletRequest request;
  @Inject IdempotencyPurgeTimer.Purge purge;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  private ApiClient client(String code) {
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api";
    return new ApiClient(base, keys.issue(code, "test key", ALL, null, "test").key());
  }

  private String busyTenant() {
    String code = Codes.newTenant(console);
    runner.run(code, () -> tx.run(() -> apiSettings.setRateLimitPerMinute(100_000)));
    return code;
  }

  private long orderCount(String code) {
    return runner.call(code, orders::total);
  }

  @Test
  void fiftyConcurrentIdenticalPostsWithOneKeyPlaceOneOrder() throws Exception {
    String code = busyTenant();
    ApiClient api = client(code);
    int n = 50;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Reply> all = new ArrayList<>();
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post("/v1/orders", ApiClient.example("idem-1"), "key-1");
                }));
      }
      start.countDown();
      for (Future<Reply> f : replies) {
        all.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    Set<String> numbers = new HashSet<>();
    int created = 0;
    for (Reply r : all) {
      if (r.status() == 409) {
        // a twin still at work: nothing done, ask again in a second
        assertProblem(r, 409);
        assertEquals("1", r.retryAfter(), r::toString);
      } else {
        numbers.add(r.number());
        created += r.replayed() ? 0 : 1;
      }
    }
    assertEquals(1, created, "exactly one request did the work: " + all);
    assertEquals(1, numbers.size(), "one order: " + numbers);
    assertEquals(1, orderCount(code));

    Reply replay = api.post("/v1/orders", ApiClient.example("idem-1"), "key-1");
    assertEquals(201, replay.status());
    assertTrue(replay.replayed());
    assertEquals(numbers.iterator().next(), replay.number());
    assertProblem(api.post("/v1/orders", ApiClient.example("idem-2"), "key-1"), 422);
    // a refusal is kept for its key too
    String bad = ApiClient.example("idem-3").replace("\"model\":\"Derby\",", "");
    assertProblem(api.post("/v1/orders", bad, "key-2"), 400);
    Reply again = api.post("/v1/orders", bad, "key-2");
    assertProblem(again, 400);
    assertTrue(again.replayed());
    assertEquals(1, orderCount(code));
  }

  @Test
  void aClaimStillAtWorkIsAConflictAndAnAbandonedOneIsTakenOver() throws Exception {
    String code = busyTenant();
    ApiClient api = client(code);
    String body = ApiClient.example("claim-1");
    String hash = Idempotency.hash("POST", "/v1/orders", body.getBytes(StandardCharsets.UTF_8));

    // a request at work on the key (claimed a second ago, no answer yet): 409, nothing placed
    unansweredClaim(code, "busy-key", hash, Instant.now().minusSeconds(1));
    Reply busy = api.post("/v1/orders", body, "busy-key");
    assertProblem(busy, 409);
    assertEquals("1", busy.retryAfter());
    assertEquals(0, orderCount(code));
    // another body with that key is still a 422
    assertProblem(api.post("/v1/orders", ApiClient.example("claim-2"), "busy-key"), 422);

    // its node died mid-request long ago (the work rolled back): the next request does the work
    unansweredClaim(
        code, "dead-key", hash, Instant.now().minus(Idempotency.ABANDONED).minusSeconds(30));
    Reply placed = api.post("/v1/orders", body, "dead-key");
    assertEquals(201, placed.status(), placed::toString);
    assertFalse(placed.replayed());
    assertEquals(1, orderCount(code));
    Reply replay = api.post("/v1/orders", body, "dead-key");
    assertTrue(replay.replayed());
    assertEquals(placed.number(), replay.number());
    assertEquals(1, orderCount(code));
  }

  @Test
  void answeredKeysAreForgottenAfterADayAndOthersKept() throws Exception {
    String code = busyTenant();
    ApiClient api = client(code);
    api.post("/v1/orders", ApiClient.example("old-1"), "old-key").number();
    api.post("/v1/orders", ApiClient.example("new-1"), "new-key").number();
    age(code, "old-key", Idempotency.KEPT.plusMinutes(5));
    unansweredClaim(code, "stuck-key", "x".repeat(64), Instant.now().minus(Duration.ofDays(2)));

    int gone = runner.call(code, purge::run);

    assertEquals(1, gone);
    assertEquals(Set.of("new-key", "stuck-key"), keysOf(code));
    // the purged key is new again: a retry would place a second order, which a day later is fine
    assertEquals(201, api.post("/v1/orders", ApiClient.example("old-2"), "old-key").status());
    // another tenant's keys are untouched by this tenant's purge
    String other = busyTenant();
    client(other).post("/v1/orders", ApiClient.example("o-1"), "old-key").number();
    age(other, "old-key", Duration.ofHours(1));
    assertEquals(0, (int) runner.call(code, purge::run));
    assertEquals(Set.of("old-key"), keysOf(other));
  }

  private String table(String code) {
    return "`" + TenantSchema.of(code) + "`.api_idempotency";
  }

  private void unansweredClaim(String code, String key, String hash, Instant at)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO "
                    + table(code)
                    + " (idem_key, request_hash, created_at) VALUES (?, ?, ?)")) {
      s.setString(1, key);
      s.setString(2, hash);
      s.setTimestamp(3, Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)));
      assertEquals(1, s.executeUpdate());
    }
  }

  private void age(String code, String key, Duration by) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE " + table(code) + " SET created_at = ? WHERE idem_key = ?")) {
      s.setTimestamp(1, Timestamp.from(Instant.now().minus(by)));
      s.setString(2, key);
      assertEquals(1, s.executeUpdate());
    }
  }

  private Set<String> keysOf(String code) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT idem_key FROM " + table(code));
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
