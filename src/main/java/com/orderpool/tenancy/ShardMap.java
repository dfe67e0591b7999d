package com.orderpool.tenancy;

import com.orderpool.core.Config;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which server holds a tenant and whether it takes writes, cached for {@code
 * orderpool.db.shard-cache-ms} (default 1000): a change on this node counts at once ({@link
 * #forget}), on other nodes within the cache time. A move waits longer than that before it copies.
 */
@ApplicationScoped
public class ShardMap {
  @Inject ShardStore store;

  private record Cached(Shard shard, long fetched) {}

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private volatile long ttlNanos;

  @PostConstruct
  void read() {
    ttlNanos = Long.parseLong(Config.get("orderpool.db.shard-cache-ms", "1000")) * 1_000_000L;
  }

  /** How long another node may still see an old map entry, in milliseconds. */
  public long cacheMillis() {
    return ttlNanos / 1_000_000L;
  }

  /** The tenant's row, from the cache; a tenant not in the map is on the default server. */
  public Shard of(String code) {
    long now = System.nanoTime();
    Cached c = cache.get(code);
    if (c == null || now - c.fetched() > ttlNanos) {
      c = new Cached(store.find(code).orElseGet(() -> Shard.unmapped(code)), now);
      cache.put(code, c);
    }
    return c.shard();
  }

  /** The tenant's row as stored now. */
  public Shard fresh(String code) {
    forget(code);
    return of(code);
  }

  public void forget(String code) {
    cache.remove(code);
  }
}
