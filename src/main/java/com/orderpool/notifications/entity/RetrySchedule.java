package com.orderpool.notifications.entity;

import java.time.Duration;

/**
 * When a failed delivery is tried again: one minute after the first failure, doubling up to six
 * hours, and given up after {@link #MAX_ATTEMPTS} attempts (about 20 hours after the first one).
 */
public final class RetrySchedule {
  public static final int MAX_ATTEMPTS = 12;
  static final Duration FIRST_DELAY = Duration.ofMinutes(1);
  static final Duration MAX_DELAY = Duration.ofHours(6);

  private RetrySchedule() {}

  /** The wait after the given number of failed attempts (1 for the first failure). */
  public static Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("attempts start at 1: " + failedAttempts);
    }
    int doublings = Math.min(failedAttempts - 1, 20);
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  /** True when no attempt is left after this many. */
  public static boolean exhausted(int attempts) {
    return attempts >= MAX_ATTEMPTS;
  }
}
