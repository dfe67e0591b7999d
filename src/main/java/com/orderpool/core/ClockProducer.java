package com.orderpool.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one source of "now" and of the time zone that dates are read and shown in; tests replace the
 * clock by moving time explicitly.
 */
@ApplicationScoped
public class ClockProducer {
  /** The server's time zone for dates (day boundaries, due times, document dates). */
  public static final String TIMEZONE = "orderpool.timezone";

  public static final String DEFAULT_TIMEZONE = "UTC";

  @Produces
  @ApplicationScoped
  Clock clock() {
    // Microseconds, like the database's DATETIME(6), so a stored instant equals the one in memory.
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  /**
   * The zone from {@code orderpool.timezone} (default UTC). Dependent, as a {@link ZoneId} cannot
   * be proxied; it is the same immutable value everywhere.
   */
  @Produces
  ZoneId zone() {
    return ZoneId.of(Config.get(TIMEZONE, DEFAULT_TIMEZONE).strip());
  }
}
