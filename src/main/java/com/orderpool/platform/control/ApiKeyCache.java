package com.orderpool.platform.control;

import com.orderpool.core.ClusterBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys this node checked in the last few seconds, so that a busy API client does not cost a
 * platform query per request. A revocation drops the key at once on this node and, once it ends, on
 * every node of the cluster ({@link ClusterBus}), as a tenant's suspension does: a key revoked on
 * one node is refused on all of them at once.
 */
@ApplicationScoped
public class ApiKeyCache {
  static final Duration CACHE_TIME = Duration.ofSeconds(5);
  private static final int MAX_ENTRIES = 10_000;

  /** The bus channel of revoked keys; its key is the key's prefix. */
  static final String CHANNEL = "platform.api-key";

  /** A key was revoked: forget it (fired in the revoking transaction). */
  public record Revoked(String prefix) {}

  private record Known(
      String secretHash, ApiKeys.Caller caller, Instant expiresAt, Instant fetched) {}

  private final Map<String, Known> known = new ConcurrentHashMap<>();

  @Inject ClusterBus bus;

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
    bus.changed(CHANNEL, r.prefix());
  }

  void dropped(@Observes ClusterBus.Received change) {
    if (change.on(CHANNEL)) {
      known.remove(change.key());
    }
  }
}
