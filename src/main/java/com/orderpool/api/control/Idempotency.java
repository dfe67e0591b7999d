package com.orderpool.api.control;

import com.orderpool.api.entity.IdempotencyRecord;
import com.orderpool.core.BusinessException;
import com.orderpool.core.MalformedRequestException;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotent POSTs. The key's row is inserted in the same transaction as the request's effect and
 * its answer, so the row exists (for everyone else) exactly when the effect does. A concurrent
 * request with the same key blocks on the row's insert until the first one ends, then finds the
 * answer and replays it (or, if the first one rolled back, does the work itself). Keys are kept (at
 * least 24 hours; nothing purges them yet).
 */
@ApplicationScoped
public class Idempotency {
  public static final int MAX_KEY_LENGTH = 200;

  @Inject TenantDatabase db;
  @Inject Clock clock;

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

  /**
   * Takes the key for this request, in the caller's transaction (blocks while another holds it).
   */
  public IdempotencyRecord claim(String key, String requestHash) {
    IdempotencyRecord r = new IdempotencyRecord(key, requestHash, clock.instant());
    db.em().persist(r);
    db.em().flush();
    return r;
  }

  public void answer(IdempotencyRecord record, ApiResult result) {
    record.answer(result.status(), result.body(), result.location());
  }

  /** The stored answer for a key, checked against this request: another body is a 422. */
  public Optional<ApiResult> replay(String key, String requestHash) {
    IdempotencyRecord r =
        db.em()
            .createQuery(
                "SELECT r FROM IdempotencyRecord r WHERE r.idemKey = :k", IdempotencyRecord.class)
            .setParameter("k", key)
            .setHint("eclipselink.refresh", "true")
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (r == null || r.getStatus() == null) {
      return Optional.empty();
    }
    if (!r.getRequestHash().equals(requestHash)) {
      throw new BusinessException("Idempotency-Key", "api.idempotency.reused");
    }
    String type = r.getStatus() >= 400 ? "application/problem+json" : ApiResult.JSON;
    return Optional.of(new ApiResult(r.getStatus(), r.getBody(), type, r.getLocation()));
  }
}
