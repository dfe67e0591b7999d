package com.orderpool.api.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.Config;
import com.orderpool.core.MalformedRequestException;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * Idempotent POSTs, in three steps. {@link #take} inserts the key's row, unanswered, in a short
 * transaction of its own, so a concurrent twin finds it at once instead of waiting on a lock (or
 * finds the key's answer, or that its request is still at work, in that same transaction). The
 * claimant then does the work and {@link #answer}s in the work's transaction: the effect and the
 * answer commit together or not at all. A refusal or failure {@link #release}s the claim (or keeps
 * the refusal as the answer). A claim left unanswered for {@link #ABANDONED_AFTER} (2 minutes by
 * default, at least 30 s; its node died mid-request, its work rolled back) may be taken over; the
 * answer names the claim it belongs to, so a slow original that lost its claim rolls its work back
 * instead of doubling the effect.
 */
@ApplicationScoped
public class Idempotency {
  public static final int MAX_KEY_LENGTH = 200;

  /** How long an unanswered claim holds its key before another request may take it over. */
  public static final Duration ABANDONED = Duration.ofMinutes(2);

  /**
   * The setting for how long an unanswered claim holds its key ({@code 30s}, {@code 2m}, …): a
   * client retrying after its node died waits this long for the key to be taken over.
   */
  public static final String ABANDONED_AFTER = "orderpool.api.idempotency.abandoned";

  static final Duration MIN_ABANDONED = Duration.ofSeconds(30);

  /** Keys are kept at least this long, then purged. */
  public static final Duration KEPT = Duration.ofHours(24);

  @Inject TenantDatabase db;
  @Inject Clock clock;

  private Duration abandoned;

  @PostConstruct
  void read() {
    abandoned = Config.duration(ABANDONED_AFTER, ABANDONED, MIN_ABANDONED);
  }

  /** A key held by one request: the key and the instant that names this claim. */
  public record Claim(String key, Instant at) {}

  /** What a key has: nothing yet, a request still working on it, or its answer. */
  public record Seen(boolean inProgress, ApiResult answer) {
    public static final Seen NOTHING = new Seen(false, null);
  }

  /** Refuses a key that is blank or too long (400). */
  public static String checkKey(String key) {
    if (key == null) {
      return null;
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new MalformedRequestException(
          "Idempotency-Key", "api.idempotency.keyInvalid", MAX_KEY_LENGTH);
    }
    return key;
  }

  /** The fingerprint of a request: method, path and body. */
  public static String hash(String method, String path, byte[] body) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      d.update(body);
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What taking a key gave: this request's claim, or what the key already has. */
  public record Taken(Claim claim, Seen seen) {}

  /**
   * Takes the key for this request, in one short transaction of its caller's own: a new key is
   * claimed; a key already answered gives its answer (422 for another body); a key whose request is
   * still at work gives "in progress", unless that claim is abandoned, which is taken over.
   */
  public Taken take(String key, String requestHash) {
    Instant now = now();
    int inserted =
        em().createNativeQuery(
                "INSERT IGNORE INTO "
                    + table()
                    + " (idem_key, request_hash, created_at, shard_epoch) VALUES (?, ?, ?, ?)")
            .setParameter(1, key)
            .setParameter(2, requestHash)
            .setParameter(3, now)
            .setParameter(4, db.shardEpoch())
            .executeUpdate();
    if (inserted == 1) {
      return new Taken(new Claim(key, now), null);
    }
    Seen seen = seen(key, requestHash);
    if (!seen.inProgress()) {
      return new Taken(null, seen);
    }
    // only an abandoned claim is worth a write (twins racing for a live one would deadlock); a
    // claim from before the tenant moved is abandoned: its work was refused and cannot commit
    Instant abandonedBefore = now.minus(abandoned);
    int takenOver =
        em().createNativeQuery(
                "UPDATE "
                    + table()
                    + " SET created_at = ?, shard_epoch = ? WHERE idem_key = ? AND request_hash = ?"
                    + " AND status IS NULL AND (created_at < ? OR shard_epoch <> ?)")
            .setParameter(1, now)
            .setParameter(2, db.shardEpoch())
            .setParameter(3, key)
            .setParameter(4, requestHash)
            .setParameter(5, abandonedBefore)
            .setParameter(6, db.shardEpoch())
            .executeUpdate();
    return takenOver == 1 ? new Taken(new Claim(key, now), null) : new Taken(null, seen);
  }

  /**
   * Stores the answer of a claim, in the work's transaction. Fails (rolling the work back) when the
   * claim was taken over meanwhile.
   */
  public void answer(Claim claim, ApiResult result) {
    int updated =
        em().createNativeQuery(
                "UPDATE "
                    + table()
                    + " SET status = ?, body = ?, location = ?"
                    + " WHERE idem_key = ? AND created_at = ? AND status IS NULL")
            .setParameter(1, result.status())
            .setParameter(2, result.body())
            .setParameter(3, result.location())
            .setParameter(4, claim.key())
            .setParameter(5, claim.at())
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("idempotency claim lost: " + claim.key());
    }
  }

  /** Gives an unanswered claim up, so a retry with the key does the work. */
  public void release(Claim claim) {
    em().createNativeQuery(
            "DELETE FROM " + table() + " WHERE idem_key = ? AND created_at = ? AND status IS NULL")
        .setParameter(1, claim.key())
        .setParameter(2, claim.at())
        .executeUpdate();
  }

  /**
   * What the key has, checked against this request: the same key with another body is a 422,
   * whether its first request is answered or still working.
   */
  public Seen seen(String key, String requestHash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                "SELECT request_hash, status, body, location FROM "
                    + table()
                    + " WHERE idem_key = ?")
            .setParameter(1, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Seen.NOTHING;
    }
    Object[] r = rows.get(0);
    if (!requestHash.equals(r[0])) {
      throw new BusinessException("Idempotency-Key", "api.idempotency.reused");
    }
    if (r[1] == null) {
      return new Seen(true, null);
    }
    int status = ((Number) r[1]).intValue();
    String type = status >= 400 ? "application/problem+json" : ApiResult.JSON;
    return new Seen(false, new ApiResult(status, (String) r[2], type, (String) r[3]));
  }

  /** Forgets answered keys older than {@link #KEPT}; answers how many. */
  public int purge() {
    return em().createNativeQuery(
            "DELETE FROM " + table() + " WHERE created_at < ? AND status IS NOT NULL")
        .setParameter(1, now().minus(KEPT))
        .executeUpdate();
  }

  /** The database keeps microseconds: an instant with more would not compare equal to itself. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private EntityManager em() {
    return db.em();
  }

  private String table() {
    return "`" + TenantSchema.of(db.tenantCode()) + "`.api_idempotency";
  }
}
