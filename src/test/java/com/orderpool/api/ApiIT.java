package com.orderpool.api;

import static com.orderpool.api.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.api.ApiClient.Reply;
import com.orderpool.api.control.ApiSettings;
import com.orderpool.api.control.OrderFeed;
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
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The order API over real HTTP: API keys (missing, bad, revoked, expired, wrong scope, suspended
 * tenant, another tenant's order), placing the documented example, validation, statuses, the
 * cursor-paged list and sync feed while orders arrive, date bounds, idempotency under concurrency,
 * gap-free numbers with invalid bodies mixed in, the rate limit and the body limit.
 */
class ApiIT extends InContainer {
  private static final Set<String> ALL = Set.copyOf(ApiKeys.SCOPES);

  @Inject PlatformConsole console;
  @Inject ApiKeys keys;
  @Inject TenantRunner runner;
  @Inject OrderService orders;
  @Inject ApiSettings apiSettings;
  @Inject Transactions tx;
  @Inject HttpServletRequest request;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api";
  }

  private ApiClient client(String code, Set<String> scopes) {
    return new ApiClient(base(), keys.issue(code, "test key", scopes, null, "test").key());
  }

  private ApiClient client(String code) {
    return client(code, ALL);
  }

  /** A tenant whose test traffic stays far below its rate limit. */
  private String busyTenant() {
    String code = Codes.newTenant(console);
    runner.run(code, () -> tx.run(() -> apiSettings.setRateLimitPerMinute(100_000)));
    return code;
  }

  private long orderCount(String code) {
    return runner.call(code, orders::total);
  }

  @Test
  void theDocumentedExampleIsPlacedAndReadBack() {
    String code = Codes.newTenant(console);
    ApiClient api = client(code);
    Reply r = api.post("/v1/orders", ApiClient.EXAMPLE, null);
    String number = r.number();
    assertTrue(number.endsWith("-" + code), number);
    assertNotNull(r.location(), "Location");
    assertTrue(r.location().endsWith("/api/v1/orders/" + number), r.location());
    JsonObject o = r.json();
    assertEquals("API", o.getString("channel"));
    assertEquals("shop-1001", o.getString("externalReference"));
    assertEquals("PENDING_PAYMENT", o.getString("phase"));
    assertEquals("UNPAID", o.getString("paymentStatus"));
    assertEquals("ana@customer.example", o.getJsonObject("customer").getString("email"));
    assertEquals("es", o.getJsonObject("customer").getString("language"));
    assertEquals("Madrid", o.getJsonObject("shippingAddress").getString("city"));
    assertEquals(1, o.getJsonArray("lines").size());
    assertEquals("DRB-38", o.getJsonArray("lines").getJsonObject(0).getString("sku"));

    Reply read = api.get("/v1/orders/" + number);
    assertEquals(200, read.status(), read::toString);
    assertEquals(number, read.json().getString("number"));
    assertEquals(
        0,
        new java.math.BigDecimal(o.getJsonObject("costs").getString("total"))
            .compareTo(
                new java.math.BigDecimal(read.json().getJsonObject("costs").getString("total"))));
    assertTrue(new java.math.BigDecimal(o.getJsonObject("costs").getString("total")).signum() > 0);
    assertNotNull(read.json().getString("updatedAt"), "the row's change time once stored");

    // the external reference names one order per channel
    Reply again = api.post("/v1/orders", ApiClient.EXAMPLE, null);
    assertProblem(again, 409);
    assertEquals(1, orderCount(code));
  }

  @Test
  void keysDecideTheTenantAndAreRefusedWhenMissingBadRevokedExpiredOrWithoutTheScope()
      throws SQLException, InterruptedException {
    String code = Codes.newTenant(console);
    ApiClient api = client(code);
    String number = api.post("/v1/orders", ApiClient.example("auth-1"), null).number();

    assertProblem(api.as(null).get("/v1/orders/" + number), 401);
    assertProblem(api.as("not-a-key").get("/v1/orders/" + number), 401);
    assertProblem(
        api.as("opk_aaaaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").get("/v1/statuses"),
        401);

    ApiKeys.Issued revoked = keys.issue(code, "revoked", ALL, null, "test");
    assertEquals(200, api.as(revoked.key()).get("/v1/statuses").status());
    keys.revoke(code, revoked.row().id(), "test");
    assertProblem(api.as(revoked.key()).get("/v1/statuses"), 401);

    // a key used a moment ago is remembered for a few seconds, never past its expiry
    Instant expiry = Instant.now().plusSeconds(4);
    ApiKeys.Issued expiring = keys.issue(code, "expiring", ALL, expiry, "test");
    assertEquals(200, api.as(expiring.key()).get("/v1/statuses").status());
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis() + 100));
    assertProblem(api.as(expiring.key()).get("/v1/statuses"), 401);
    ApiKeys.Issued expired =
        keys.issue(code, "expired", ALL, Instant.now().plusSeconds(3600), "test");
    expire(expired.row().prefix());
    assertProblem(api.as(expired.key()).get("/v1/statuses"), 401);

    ApiClient reader = client(code, Set.of("orders:read"));
    assertEquals(200, reader.get("/v1/orders/" + number).status());
    assertProblem(reader.post("/v1/orders", ApiClient.example("auth-2"), null), 403);
    ApiClient writer = client(code, Set.of("orders:write"));
    assertProblem(writer.get("/v1/orders/" + number), 403);
    assertEquals(1, orderCount(code), "nothing placed by refused calls");

    // another tenant's key does not see this tenant's order: 404, as if there were none
    String other = Codes.newTenant(console);
    ApiClient theirs = client(other);
    assertProblem(theirs.get("/v1/orders/" + number), 404);
    assertProblem(theirs.post("/v1/orders/" + number + "/status", "{\"status\":\"x\"}", null), 404);

    // a suspended tenant's keys are refused
    console.suspend(code);
    assertProblem(api.get("/v1/orders/" + number), 403);
    console.reactivate(code);
    assertEquals(200, api.get("/v1/orders/" + number).status());
    ApiKeys.Row used =
        keys.of(code).stream().filter(k -> k.name().equals("test key")).findFirst().orElseThrow();
    assertNotNull(used.lastUsedAt(), "last use recorded");
  }

  @Test
  void invalidBodiesAreProblemsWithFieldErrorsAndPlaceNothing() {
    String code = Codes.newTenant(console);
    ApiClient api = client(code);
    String body =
        ApiClient.example("bad-1")
            .replace("\"email\":\"ana@customer.example\",", "")
            .replace("\"city\":\"Madrid\",", "")
            .replace("\"unitPrice\":\"100.00\"", "\"unitPrice\":\"abc\"");
    Reply r = api.post("/v1/orders", body, null);
    assertProblem(r, 400);
    Set<String> fields = new TreeSet<>();
    for (JsonValue e : r.json().getJsonArray("errors")) {
      fields.add(e.asJsonObject().getString("field"));
    }
    assertTrue(fields.contains("customer.email"), fields::toString);
    assertTrue(fields.contains("billingAddress.city"), fields::toString);
    assertTrue(fields.contains("lines[0].unitPrice"), fields::toString);

    assertProblem(api.post("/v1/orders", "{not json", null), 400);
    Reply rule =
        api.post(
            "/v1/orders",
            ApiClient.example("bad-2")
                .replace("\"type\":\"MTO\",", "\"type\":\"MTO\",\"quantity\":2,"),
            null);
    assertProblem(rule, 422);
    assertEquals(
        "quantity", rule.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertProblem(api.post("/v1/orders", "{\"x\":\"" + "a".repeat(1024 * 1024) + "\"}", null), 413);
    assertProblem(api.get("/v1/orders?createdFrom=yesterday"), 400);
    assertProblem(api.get("/v1/orders?cursor=nonsense"), 400);
    assertEquals(0, orderCount(code));
  }

  @Test
  void statusesAreListedAndAnOrderMovesByCodeOrIsCancelledWithItsFee() {
    String code = Codes.newTenant(console);
    ApiClient api = client(code);
    Reply statuses = api.get("/v1/statuses");
    assertEquals(200, statuses.status(), statuses::toString);
    List<JsonObject> all = statuses.json().getJsonArray("data").getValuesAs(JsonObject.class);
    assertFalse(all.isEmpty());
    for (JsonObject s : all) {
      assertFalse(s.getString("code").isBlank());
      assertFalse(s.getJsonObject("names").getString("en").isBlank());
      assertFalse(s.getJsonObject("names").getString("es").isBlank());
      assertNotNull(s.getString("phase"));
    }
    String onHold =
        all.stream()
            .filter(s -> s.getString("phase").equals("ON_HOLD"))
            .map(s -> s.getString("code"))
            .findFirst()
            .orElse(null);
    String number = api.post("/v1/orders", ApiClient.example("st-1"), null).number();
    assertProblem(
        api.post("/v1/orders/" + number + "/status", "{\"status\":\"NO_SUCH\"}", null), 422);
    if (onHold != null) {
      Reply moved =
          api.post("/v1/orders/" + number + "/status", "{\"status\":\"" + onHold + "\"}", null);
      if (moved.status() == 200) {
        assertEquals("ON_HOLD", moved.json().getString("phase"));
        assertEquals(onHold, moved.json().getJsonObject("status").getString("code"));
      } else {
        assertProblem(moved, 422); // the tenant's machine does not allow it: a clear refusal
      }
    }
    Reply cancelled =
        api.post("/v1/orders/" + number + "/cancel", "{\"reason\":\"customer asked\"}", "c-1");
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals(
        "0.00",
        new java.math.BigDecimal(cancelled.json().getString("fee")).setScale(2).toPlainString());
    assertEquals("CANCELLED", cancelled.json().getJsonObject("order").getString("phase"));
  }

  @Test
  void anOrderIsPaidAndShippedThroughTheApi() {
    String code = Codes.newTenant(console);
    ApiClient api = client(code);
    JsonObject placed = api.post("/v1/orders", ApiClient.example("pay-1"), null).json();
    String number = placed.getString("number");
    String total = placed.getJsonObject("costs").getString("total");
    Reply bad =
        api.post(
            "/v1/orders/" + number + "/payments", "{\"method\":\"GOLD\",\"amount\":\"x\"}", null);
    assertProblem(bad, 400);
    assertEquals(2, bad.json().getJsonArray("errors").size(), bad::toString);
    Reply paid =
        api.post(
            "/v1/orders/" + number + "/payments",
            "{\"method\":\"BANK_TRANSFER\",\"amount\":\"" + total + "\",\"reference\":\"TRF-1\"}",
            "pay-key");
    assertEquals(201, paid.status(), paid::toString);
    assertEquals("PAID", paid.json().getString("paymentStatus"));
    assertEquals("IN_PRODUCTION", paid.json().getString("phase"));
    // the same payment again with its key: replayed, not paid twice
    Reply again =
        api.post(
            "/v1/orders/" + number + "/payments",
            "{\"method\":\"BANK_TRANSFER\",\"amount\":\"" + total + "\",\"reference\":\"TRF-1\"}",
            "pay-key");
    assertEquals(201, again.status(), again::toString);
    assertEquals(
        0,
        new java.math.BigDecimal(total)
            .compareTo(
                new java.math.BigDecimal(
                    api.get("/v1/orders/" + number).json().getString("amountPaid"))));

    // paid in full: invoiced (the default mode), listed and rendered
    String hourAgo =
        URLEncoder.encode(Instant.now().minusSeconds(3600).toString(), StandardCharsets.UTF_8);
    Reply invoices = api.get("/v1/invoices?from=" + hourAgo);
    assertEquals(200, invoices.status(), invoices::toString);
    List<JsonObject> docs = invoices.json().getJsonArray("data").getValuesAs(JsonObject.class);
    assertEquals(1, docs.size(), docs::toString);
    assertEquals("INVOICE", docs.get(0).getString("kind"));
    assertEquals(0, api.get("/v1/invoices?to=" + hourAgo).json().getJsonArray("data").size());
    assertEquals(
        200, api.getBytes("/v1/invoices/" + docs.get(0).getString("number") + ".pdf").status());
    assertTrue(
        new String(
                api.getBytes("/v1/invoices/" + docs.get(0).getString("number") + ".pdf").body(),
                StandardCharsets.ISO_8859_1)
            .startsWith("%PDF"));
    assertProblem(
        client(Codes.newTenant(console))
            .get("/v1/invoices/" + docs.get(0).getString("number") + ".pdf"),
        404);

    ApiClient reader = client(code, Set.of("orders:read", "orders:write"));
    assertProblem(reader.post("/v1/orders/" + number + "/shipments", "{}", null), 403);
    Reply shipped =
        api.post(
            "/v1/orders/" + number + "/shipments",
            "{\"method\":\"Standard delivery\",\"trackingNumbers\":[\"PK123456789ES\"]}",
            null);
    assertEquals(201, shipped.status(), shipped::toString);
    assertEquals("SENT", shipped.json().getString("status"));
    assertNotNull(shipped.json().getJsonObject("order").getString("shippedAt"));
    assertEquals("SHIPPED", shipped.json().getJsonObject("order").getString("phase"));
  }

  @Test
  void theSyncFeedNeitherSkipsNorRepeatsWhileOrdersArrive() throws Exception {
    String code = busyTenant();
    ApiClient api = client(code);
    Set<String> placed = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    ExecutorService watcher = Executors.newSingleThreadExecutor();
    try {
      List<Future<?>> first = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        int n = i;
        first.add(
            pool.submit(
                () ->
                    placed.add(api.post("/v1/orders", ApiClient.example("a" + n), null).number())));
      }
      for (Future<?> f : first) {
        f.get();
      }
      AtomicBoolean arriving = new AtomicBoolean(true);
      List<Future<?>> more = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        int n = i;
        more.add(
            pool.submit(
                () ->
                    placed.add(api.post("/v1/orders", ApiClient.example("b" + n), null).number())));
      }
      Future<?> done =
          watcher.submit(
              () -> {
                for (Future<?> f : more) {
                  try {
                    f.get();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }
                arriving.set(false);
              });
      List<String> seen = new ArrayList<>();
      String cursor = null;
      long quietSince = 0;
      String since = URLEncoder.encode("2000-01-01T00:00:00Z", StandardCharsets.UTF_8);
      while (true) {
        Reply page =
            api.get(
                "/v1/orders?limit=25&updatedSince="
                    + since
                    + (cursor == null ? "" : "&cursor=" + cursor));
        assertEquals(200, page.status(), page::toString);
        List<JsonObject> data = page.json().getJsonArray("data").getValuesAs(JsonObject.class);
        data.forEach(o -> seen.add(o.getString("number")));
        if (!page.json().isNull("nextCursor")) {
          cursor = page.json().getString("nextCursor");
        }
        if (data.isEmpty() && !arriving.get()) {
          if (quietSince == 0) {
            quietSince = System.nanoTime();
          } else if (System.nanoTime() - quietSince > OrderFeed.lag().toNanos() + 1_500_000_000L) {
            break;
          }
          Thread.sleep(200);
        } else if (!data.isEmpty()) {
          quietSince = 0;
        } else {
          Thread.sleep(100);
        }
      }
      done.get();
      assertEquals(new HashSet<>(seen).size(), seen.size(), "no order repeated");
      assertEquals(1000, placed.size());
      assertEquals(new TreeSet<>(placed), new TreeSet<>(seen), "no order skipped");

      // by creation: the same orders, by id, in pages
      Set<String> byCreation = new LinkedHashSet<>();
      cursor = null;
      do {
        Reply page = api.get("/v1/orders?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
        page.json()
            .getJsonArray("data")
            .getValuesAs(JsonObject.class)
            .forEach(o -> assertTrue(byCreation.add(o.getString("number"))));
        cursor = page.json().getBoolean("hasMore") ? page.json().getString("nextCursor") : null;
      } while (cursor != null);
      assertEquals(new TreeSet<>(placed), new TreeSet<>(byCreation));
    } finally {
      pool.shutdownNow();
      watcher.shutdownNow();
    }
  }

  @Test
  void createdBoundsAreFromInclusiveToExclusive() throws Exception {
    String code = Codes.newTenant(console);
    ApiClient api = client(code);
    List<JsonObject> made = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      made.add(api.post("/v1/orders", ApiClient.example("d" + i), null).json());
      Thread.sleep(20);
    }
    Thread.sleep(OrderFeed.lag().toMillis() + 500);
    String from = URLEncoder.encode(made.get(1).getString("createdAt"), StandardCharsets.UTF_8);
    String to = URLEncoder.encode(made.get(2).getString("createdAt"), StandardCharsets.UTF_8);
    Reply r = api.get("/v1/orders?createdFrom=" + from + "&createdTo=" + to);
    assertEquals(200, r.status(), r::toString);
    List<JsonObject> data = r.json().getJsonArray("data").getValuesAs(JsonObject.class);
    assertEquals(1, data.size(), data::toString);
    assertEquals(made.get(1).getString("number"), data.get(0).getString("number"));
    Reply fromOnly = api.get("/v1/orders?createdFrom=" + from);
    assertEquals(2, fromOnly.json().getJsonArray("data").size());
    Reply unpaid = api.get("/v1/orders?paymentStatus=UNPAID&createdTo=" + to);
    assertEquals(2, unpaid.json().getJsonArray("data").size());
    assertEquals(0, api.get("/v1/orders?paymentStatus=PAID").json().getJsonArray("data").size());
  }

  @Test
  void concurrentPostsWithSomeInvalidBodiesGiveTheValidOnesContiguousNumbers() throws Exception {
    String code = busyTenant();
    ApiClient api = client(code);
    int n = 64;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String body =
            switch (i % 20) {
              // refused before a number is drawn
              case 3 ->
                  ApiClient.example("m" + i).replace("\"email\":\"ana@customer.example\",", "");
              // refused after the number is drawn (a free line: nothing to pay)
              case 7 ->
                  ApiClient.example("m" + i)
                      .replace("\"unitPrice\":\"100.00\"", "\"unitPrice\":\"0\",\"free\":true");
              default -> ApiClient.example("m" + i);
            };
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post("/v1/orders", body, null);
                }));
      }
      start.countDown();
      TreeSet<Long> seqs = new TreeSet<>();
      int refused = 0;
      for (Future<Reply> f : replies) {
        Reply r = f.get();
        if (r.status() == 201) {
          String number = r.json().getString("number");
          seqs.add(Long.parseLong(number.substring(0, number.indexOf('-'))));
        } else {
          assertTrue(r.status() == 400 || r.status() == 422, r::toString);
          refused++;
        }
      }
      assertEquals(7, refused, "about 10 % invalid");
      assertEquals(57, seqs.size(), "unique numbers");
      assertEquals(seqs.first() + 56, seqs.last(), "contiguous: " + seqs);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTenantOverItsRateLimitGets429WithRetryAfter() {
    String code = Codes.newTenant(console);
    runner.run(code, () -> tx.run(() -> apiSettings.setRateLimitPerMinute(5)));
    ApiClient api = client(code);
    Reply last = null;
    for (int i = 0; i < 8; i++) {
      last = api.get("/v1/statuses");
      if (last.status() == 429) {
        break;
      }
    }
    assertProblem(last, 429);
    assertNotNull(last.retryAfter(), "Retry-After");
    assertTrue(Long.parseLong(last.retryAfter()) >= 1);
  }

  private void expire(String prefix) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE "
                    + TenantSchema.PLATFORM
                    + ".api_key SET expires_at = ? WHERE prefix = ?")) {
      s.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
      s.setString(2, prefix);
      assertEquals(1, s.executeUpdate());
    }
  }
}
