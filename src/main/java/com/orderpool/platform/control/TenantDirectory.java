package com.orderpool.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a tenant may be used right now, checked on every request. Answers are cached for a few
 * seconds; a suspension on this node takes effect at once, on other nodes within the cache time.
 */
@ApplicationScoped
public class TenantDirectory {
  static final Duration CACHE_TIME = Duration.ofSeconds(5);

  @Inject PlatformStore store;
  @Inject Clock clock;

  private record Entry(boolean active, String name, Instant fetched) {}

  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  public boolean isActive(String code) {
    return entry(code).active();
  }

  public String name(String code) {
    return entry(code).name();
  }

  public void forget(String code) {
    cache.remove(code);
  }

  private Entry entry(String code) {
    Instant now = clock.instant();
    Entry e = cache.get(code);
    if (e == null || e.fetched().plus(CACHE_TIME).isBefore(now)) {
      e =
          store
              .tenant(code)
              .map(t -> new Entry(t.isActive(), t.getName(), now))
              .orElse(new Entry(false, code, now));
      cache.put(code, e);
    }
    return e;
  }
}
