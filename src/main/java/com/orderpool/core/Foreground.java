package com.orderpool.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The people this server is answering right now: the number of their requests in flight on this
 * node. Background work (a long report or export) steps aside while there are any, for a bounded
 * time per step, so that a big file being written never makes the pages people are using slow; with
 * no one waiting it runs at full speed.
 */
public final class Foreground {
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  private static final AtomicLong LAST_END = new AtomicLong(System.nanoTime());

  /** Set on the thread of a request in flight. */
  private static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();

  /** After a request, background work waits this long more: a click often brings another. */
  private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

  private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

  private Foreground() {}

  /** A person's request starts (pair with {@link #end()}). */
  public static void begin() {
    IN_FLIGHT.incrementAndGet();
    SERVING.set(Boolean.TRUE);
  }

  /** A person's request ends. */
  public static void end() {
    SERVING.remove();
    LAST_END.set(System.nanoTime());
    IN_FLIGHT.decrementAndGet();
  }

  private static boolean busy() {
    return IN_FLIGHT.get() > 0 || System.nanoTime() - LAST_END.get() < QUIET_NANOS;
  }

  /** Whether the current thread is answering a request (someone is waiting on its work). */
  public static boolean onThisThread() {
    return SERVING.get() != null;
  }

  /** Requests in flight now. */
  public static int inFlight() {
    return IN_FLIGHT.get();
  }

  /**
   * Waits while people's requests are in flight or one ended a moment ago, at most {@code
   * maxMillis}; returns at once when no one is waiting. Background work calls this between steps.
   */
  public static void yieldTo(long maxMillis) {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
    while (busy() && System.nanoTime() < until) {
      try {
        TimeUnit.NANOSECONDS.sleep(STEP_NANOS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
