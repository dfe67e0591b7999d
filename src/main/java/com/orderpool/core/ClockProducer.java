package com.orderpool.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one source of "now"; tests replace it by moving time explicitly. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    // Microseconds, like the database's DATETIME(6), so a stored instant equals the one in memory.
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
