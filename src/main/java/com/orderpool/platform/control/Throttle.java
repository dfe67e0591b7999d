package com.orderpool.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (a client address, an account at an address) in a fixed window that starts
 * with the first event: the {@code limit}-th event within the window blocks the key for {@code
 * block}. Kept in memory with a bounded number of keys; each server node counts on its own.
 */
public final class Throttle {
  static final int MAX_KEYS = 100_000;

  private record Count(int events, Instant windowStart, Instant blockedUntil) {}

  private final int limit;
  private final Duration window;
  private final Duration block;
  private final Map<String, Count> counts = new ConcurrentHashMap<>();

  public Throttle(int limit, Duration window, Duration block) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    this.limit = limit;
    this.window = window;
    this.block = block;
  }

  public boolean isBlocked(String key, Instant now) {
    Count c = counts.get(key);
    return c != null && c.blockedUntil() != null && now.isBefore(c.blockedUntil());
  }

  /** Counts one event for a key; the one that reaches the limit blocks the key. */
  public void record(String key, Instant now) {
    if (counts.size() >= MAX_KEYS) {
      purge(now);
    }
    counts.compute(key, (k, c) -> next(c, now));
  }

  /** Counts an event unless the key is blocked; false (and nothing counted) when it is. */
  public boolean tryRecord(String key, Instant now) {
    if (isBlocked(key, now)) {
      return false;
    }
    record(key, now);
    return true;
  }

  public void clear(String key) {
    counts.remove(key);
  }

  private Count next(Count c, Instant now) {
    if (c == null || !now.isBefore(c.windowStart().plus(window)) && !blocked(c, now)) {
      c = new Count(0, now, null);
    }
    if (blocked(c, now)) {
      return c;
    }
    int events = c.events() + 1;
    return events >= limit
        ? new Count(0, now, now.plus(block))
        : new Count(events, c.windowStart(), null);
  }

  private static boolean blocked(Count c, Instant now) {
    return c.blockedUntil() != null && now.isBefore(c.blockedUntil());
  }

  /** Forgets what no longer matters; under a flood, unblocked counts go before blocks do. */
  private void purge(Instant now) {
    counts
        .entrySet()
        .removeIf(
            e ->
                !blocked(e.getValue(), now)
                    && !now.isBefore(e.getValue().windowStart().plus(window)));
    if (counts.size() >= MAX_KEYS) {
      counts.entrySet().removeIf(e -> !blocked(e.getValue(), now));
    }
  }

  int size() {
    return counts.size();
  }
}
