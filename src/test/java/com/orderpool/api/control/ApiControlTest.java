package com.orderpool.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.MalformedRequestException;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.platform.control.ApiKeyFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Cursors, list parameters, the rate limiter's bucket, key texts and request fingerprints. */
class ApiControlTest {

  @Test
  void cursorsRoundTripAndForeignOnesAreRefused() {
    FeedCursor sync = new FeedCursor(Instant.parse("2026-12-06T02:00:00.123456Z"), 42);
    assertEquals(sync, FeedCursor.decode(sync.encode()));
    assertEquals(FeedCursor.byId(7), FeedCursor.decode(FeedCursor.byId(7).encode()));
    MalformedRequestException e =
        assertThrows(MalformedRequestException.class, () -> FeedCursor.decode("nonsense"));
    assertEquals("cursor", e.field());
    assertEquals(400, e.httpStatus());
  }

  @Test
  void listParametersAreParsedOrNamedInTheRefusal() {
    FeedQuery q =
        FeedQuery.parse(
            "2026-01-01T00:00:00Z", "2026-02-01T00:00:00+01:00", null, " RCV ", "paid", "10", null);
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), q.createdFrom());
    assertEquals(Instant.parse("2026-01-31T23:00:00Z"), q.createdTo());
    assertEquals("RCV", q.status());
    assertEquals(PaymentStatus.PAID, q.paymentStatus());
    assertEquals(10, q.limit());
    assertNull(q.cursor());
    assertTrue(!q.bySync());
    assertEquals(
        FeedQuery.DEFAULT_LIMIT, FeedQuery.parse(null, null, null, null, null, null, null).limit());
    assertTrue(
        FeedQuery.parse(null, null, "2026-01-01T00:00:00Z", null, null, null, null).bySync());
    assertEquals(
        "limit",
        assertThrows(
                MalformedRequestException.class,
                () -> FeedQuery.parse(null, null, null, null, null, "501", null))
            .field());
    assertEquals(
        "updatedSince",
        assertThrows(
                MalformedRequestException.class,
                () -> FeedQuery.parse(null, null, "yesterday", null, null, null, null))
            .field());
    assertEquals(
        "paymentStatus",
        assertThrows(
                MalformedRequestException.class,
                () -> FeedQuery.parse(null, null, null, null, "SOON", null, null))
            .field());
  }

  @Test
  void theBucketAllowsItsLimitThenSaysHowLongToWait() {
    RateLimiter.Bucket b = new RateLimiter.Bucket();
    b.limit = 60;
    b.tokens = 2;
    b.refilledAt = 0;
    assertEquals(0, b.take(0));
    assertEquals(0, b.take(0));
    long wait = b.take(0);
    assertEquals(1, wait, "one request a second at 60 a minute");
    assertEquals(0, b.take(1_000_000_000L), "refilled after a second");
  }

  @Test
  void keysHaveAPublicPrefixAndARandomSecret() {
    ApiKeyFormat.Parts a = ApiKeyFormat.generate();
    ApiKeyFormat.Parts b = ApiKeyFormat.generate();
    assertNotEquals(a.key(), b.key());
    assertEquals(a.prefix(), ApiKeyFormat.prefixOf(a.key()).orElseThrow());
    assertTrue(ApiKeyFormat.prefixOf("opk_short_x").isEmpty());
    assertTrue(ApiKeyFormat.prefixOf(null).isEmpty());
    assertEquals(64, ApiKeyFormat.hash(a.key()).length());
  }

  @Test
  void aRequestsFingerprintCoversPathAndBody() {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        Idempotency.hash("POST", "/v1/orders", body), Idempotency.hash("POST", "/v1/orders", body));
    assertNotEquals(
        Idempotency.hash("POST", "/v1/orders", body),
        Idempotency.hash("POST", "/v1/orders", "{ }".getBytes(StandardCharsets.UTF_8)));
    assertThrows(MalformedRequestException.class, () -> Idempotency.checkKey(" "));
    assertNull(Idempotency.checkKey(null));
  }
}
