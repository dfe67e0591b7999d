package com.orderpool.api.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * A token bucket per tenant on this node: a tenant's keys share {@code limit} requests a minute,
 * refilled evenly, with bursts up to the limit. The limit is read from the tenant's settings at
 * most once a minute. A refused request learns how many seconds to wait.
 */
@ApplicationScoped
public class RateLimiter {
  private static final long LIMIT_TTL_NANOS = 60_000_000_000L;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Takes one request from the tenant's bucket: 0 if allowed, else the seconds to wait. */
  public long take(String tenantCode, IntSupplier limit) {
    long now = System.nanoTime();
    Bucket bucket = buckets.computeIfAbsent(tenantCode, c -> new Bucket());
    synchronized (bucket) {
      if (bucket.limit == 0 || now - bucket.limitReadAt > LIMIT_TTL_NANOS) {
        int fresh = limit.getAsInt();
        if (bucket.limit == 0) {
          bucket.tokens = fresh;
          bucket.refilledAt = now;
        }
        bucket.limit = fresh;
        bucket.limitReadAt = now;
      }
      return bucket.take(now);
    }
  }

  /** Forgets a tenant's bucket (its limit changed). */
  public void forget(String tenantCode) {
    buckets.remove(tenantCode);
  }

  static final class Bucket {
    int limit;
    long limitReadAt;
    double tokens;
    long refilledAt;

    long take(long now) {
      double perNano = limit / 60e9;
      tokens = Math.min(limit, tokens + (now - refilledAt) * perNano);
      refilledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }
  }
}
