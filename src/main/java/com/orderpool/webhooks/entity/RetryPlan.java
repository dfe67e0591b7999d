package com.orderpool.webhooks.entity;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a failed delivery is tried again. Entry {@code n} is the wait before attempt {@code n + 1}
 * (entry 0 is the first attempt, at once); after the last attempt fails the delivery is given up.
 * The standard plan: now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h.
 */
public record RetryPlan(List<Duration> waits) {
  public static final RetryPlan STANDARD = parse("0s,5s,5m,30m,2h,5h,10h,14h,20h,24h");

  /** The longest a receiver's Retry-After is followed. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

  public RetryPlan {
    if (waits.isEmpty()) {
      throw new IllegalArgumentException("a retry plan needs at least one attempt");
    }
    waits = List.copyOf(waits);
  }

  /** How many attempts a delivery gets. */
  public int attempts() {
    return waits.size();
  }

  /**
   * The wait after {@code failedAttempts} failed attempts, at least the receiver's Retry-After
   * (capped at a day); empty when none is left.
   */
  public Optional<Duration> waitAfter(int failedAttempts, Duration retryAfter) {
    if (failedAttempts >= waits.size()) {
      return Optional.empty();
    }
    Duration wait = waits.get(Math.max(failedAttempts, 1));
    if (retryAfter != null && !retryAfter.isNegative()) {
      Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
      if (asked.compareTo(wait) > 0) {
        wait = asked;
      }
    }
    return Optional.of(wait);
  }

  /** Reads a plan such as {@code 0s,5s,5m,2h} (units s, m, h, d; or ISO-8601 such as PT5S). */
  public static RetryPlan parse(String text) {
    List<Duration> waits = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (!p.isEmpty()) {
        waits.add(duration(p));
      }
    }
    return new RetryPlan(waits);
  }

  private static Duration duration(String p) {
    try {
      if (p.startsWith("p")) {
        return Duration.parse(p.toUpperCase(Locale.ROOT));
      }
      long n = Long.parseLong(p.substring(0, p.length() - 1));
      return switch (p.charAt(p.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw new IllegalArgumentException("unknown unit in " + p);
      };
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not a wait: " + p, e);
    }
  }
}
