package com.orderpool.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys this node checked in the last few seconds, so that a busy API client does not cost a
 * platform query per request. A revocation on this node takes effect at once (and again when it
 * commits); on other nodes within the cache time, as a tenant's suspension does.
 */
@ApplicationScoped
public class ApiKeyCache {
  static final Duration CACHE_TIME = Duration.ofSeconds(5);
  private static final int MAX_ENTRIES = 10_000;

  /** A key was revoked: forget it (fired in the revoking transaction). */
  public record Revoked(String prefix) {}

  private record Known(
      String secretHash, ApiKeys.Caller caller, Instant expiresAt, Instant fetched) {}

  private final Map<String, Known> known = new ConcurrentHashMap<>();

  /** The caller of a key checked a moment ago, if the presented secret is the same. */
  Optional<ApiKeys.Caller> caller(String prefix, String secretHash, Instant now) {
    Known k = known.get(prefix);
    if (k == null
        || !now.isBefore(k.fetched().plus(CACHE_TIME))
        || (k.expiresAt() != null && !now.isBefore(k.expiresAt()))
        || !MessageDigest.isEqual(
            k.secretHash().getBytes(StandardCharsets.US_ASCII),
            secretHash.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    return Optional.of(k.caller());
  }

  void remember(
      String prefix, String secretHash, ApiKeys.Caller caller, Instant expiresAt, Instant now) {
    if (known.size() >= MAX_ENTRIES) {
      known.clear();
    }
    known.put(prefix, new Known(secretHash, caller, expiresAt, now));
  }

  void revoked(@Observes Revoked r) {
    known.remove(r.prefix());
  }

  void revokedCommitted(@Observes(during = TransactionPhase.AFTER_COMPLETION) Revoked r) {
    known.remove(r.prefix());
  }
}
