package com.orderpool.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs a relay's sweeps over {@link DueWork} markers. A sweep of one tenant answers when its next
 * pending item is due (empty: none), or throws; a tenant whose sweep threw keeps its marker due, so
 * the next tick tries again (as every tick tried every tenant before).
 */
@ApplicationScoped
public class DueSweeper {
  /** The most tenants one tick visits; the rest stay due for the next tick. */
  static final int PER_TICK = 1000;

  @Inject DueWork dueWork;

  /** One tenant's sweep: when its next item is due, or empty when nothing waits. */
  public interface Sweep extends Function<String, Optional<Instant>> {}

  /** Sweeps the tenants whose {@code kind} is due at {@code now}; returns how many it visited. */
  public int tick(
      String kind, Instant now, Sweep sweep, BiConsumer<String, RuntimeException> failed) {
    List<DueWork.Marker> due = dueWork.due(kind, now, PER_TICK);
    for (DueWork.Marker m : due) {
      sweepAndSettle(kind, m, sweep, failed);
    }
    return due.size();
  }

  /** Sweeps one tenant now (a wake-up after a commit), settling its marker if it has one. */
  public void one(
      String kind, String tenantCode, Sweep sweep, BiConsumer<String, RuntimeException> failed) {
    Optional<DueWork.Marker> marker;
    try {
      marker = dueWork.marker(kind, tenantCode);
    } catch (RuntimeException e) {
      failed.accept(tenantCode, e);
      return;
    }
    marker.ifPresentOrElse(
        m -> sweepAndSettle(kind, m, sweep, failed),
        () -> {
          try {
            sweep.apply(tenantCode);
          } catch (RuntimeException e) {
            failed.accept(tenantCode, e);
          }
        });
  }

  /**
   * The safety net: sweeps every tenant in {@code codes}, and marks those left with pending work
   * (work queued before the markers existed, or a marker lost by hand), so their retries are
   * visited by the ticks.
   */
  public void full(
      String kind, List<String> codes, Sweep sweep, BiConsumer<String, RuntimeException> failed) {
    for (String code : codes) {
      try {
        Optional<Instant> next = sweep.apply(code);
        if (next.isPresent() && dueWork.marker(kind, code).isEmpty()) {
          dueWork.markNow(kind, code, next.get());
        }
      } catch (RuntimeException e) {
        failed.accept(code, e);
      }
    }
  }

  private void sweepAndSettle(
      String kind,
      DueWork.Marker marker,
      Sweep sweep,
      BiConsumer<String, RuntimeException> failed) {
    try {
      dueWork.settle(kind, marker, sweep.apply(marker.tenantCode()));
    } catch (RuntimeException e) {
      failed.accept(marker.tenantCode(), e);
    }
  }
}
