package com.orderpool.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The relays' sweeps over due-work markers, against markers kept in memory. */
class DueSweeperTest {
  private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

  /** Markers by tenant: due time and seq, as the platform table keeps them. */
  static final class Markers extends DueWork {
    final Map<String, Instant> dueAt = new HashMap<>();
    final Map<String, Long> seq = new HashMap<>();

    void queue(String code, Instant at) {
      dueAt.merge(code, at, (a, b) -> a.isBefore(b) ? a : b);
      seq.merge(code, 0L, (a, b) -> a + 1);
    }

    @Override
    public List<Marker> due(String kind, Instant now, int max) {
      return dueAt.entrySet().stream()
          .filter(e -> !e.getValue().isAfter(now))
          .map(e -> new Marker(e.getKey(), seq.get(e.getKey())))
          .limit(max)
          .toList();
    }

    @Override
    public Optional<Marker> marker(String kind, String tenantCode) {
      return Optional.ofNullable(seq.get(tenantCode)).map(s -> new Marker(tenantCode, s));
    }

    @Override
    public boolean settle(String kind, Marker marker, Optional<Instant> next) {
      if (!seq.containsKey(marker.tenantCode()) || seq.get(marker.tenantCode()) != marker.seq()) {
        return false;
      }
      if (next.isEmpty()) {
        dueAt.remove(marker.tenantCode());
        seq.remove(marker.tenantCode());
      } else {
        dueAt.put(marker.tenantCode(), next.get());
      }
      return true;
    }

    @Override
    public void markNow(String kind, String tenantCode, Instant at) {
      queue(tenantCode, at);
    }
  }

  private final Markers markers = new Markers();
  private final DueSweeper sweeper = new DueSweeper();
  private final List<String> visited = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();

  DueSweeperTest() {
    sweeper.dueWork = markers;
  }

  private int tick(Instant now, DueSweeper.Sweep sweep) {
    return sweeper.tick(DueWork.MAIL, now, sweep, (c, e) -> failed.add(c));
  }

  @Test
  void aTickVisitsOnlyTheMarkedTenantsAndClearsThoseWithNothingLeft() {
    markers.queue("AAA", NOW);
    markers.queue("BBB", NOW.plusSeconds(600));
    assertEquals(1, tick(NOW, code -> record(code, Optional.empty())));
    assertEquals(List.of("AAA"), visited);
    assertTrue(markers.marker(DueWork.MAIL, "AAA").isEmpty(), "nothing pending: cleared");
    assertTrue(markers.marker(DueWork.MAIL, "BBB").isPresent(), "not due yet: kept");
  }

  @Test
  void aRetryMovesTheMarkerToWhenItIsDue() {
    markers.queue("AAA", NOW);
    Instant retry = NOW.plusSeconds(60);
    tick(NOW, code -> record(code, Optional.of(retry)));
    assertEquals(retry, markers.dueAt.get("AAA"));
    assertEquals(0, tick(NOW.plusSeconds(10), code -> record(code, Optional.empty())));
    assertEquals(1, tick(retry, code -> record(code, Optional.empty())));
    assertTrue(markers.dueAt.isEmpty());
  }

  @Test
  void workQueuedDuringASweepKeepsTheMarkerDue() {
    markers.queue("AAA", NOW);
    tick(
        NOW,
        code -> {
          markers.queue(code, NOW.plusSeconds(1)); // a commit while the relay sends
          return record(code, Optional.empty());
        });
    assertTrue(markers.marker(DueWork.MAIL, "AAA").isPresent(), "the new work is not lost");
    assertEquals(1, tick(NOW.plusSeconds(10), code -> record(code, Optional.empty())));
    assertTrue(markers.dueAt.isEmpty());
  }

  @Test
  void aFailedSweepLeavesTheMarkerForTheNextTick() {
    markers.queue("AAA", NOW);
    tick(
        NOW,
        code -> {
          throw new IllegalStateException("SMTP down");
        });
    assertEquals(List.of("AAA"), failed);
    assertEquals(1, tick(NOW.plusSeconds(10), code -> record(code, Optional.empty())));
  }

  @Test
  void theFullSweepVisitsEveryTenantAndMarksThoseLeftWithWork() {
    sweeper.full(
        DueWork.MAIL,
        List.of("AAA", "BBB"),
        code -> record(code, code.equals("BBB") ? Optional.of(NOW) : Optional.empty()),
        (c, e) -> failed.add(c));
    assertEquals(List.of("AAA", "BBB"), visited);
    assertTrue(markers.marker(DueWork.MAIL, "AAA").isEmpty());
    assertTrue(markers.marker(DueWork.MAIL, "BBB").isPresent(), "its retry gets a marker");
  }

  @Test
  void aWakeUpSettlesTheTenantsMarker() {
    markers.queue("AAA", NOW);
    sweeper.one(DueWork.MAIL, "AAA", code -> record(code, Optional.empty()), (c, e) -> {});
    assertTrue(markers.dueAt.isEmpty());
    sweeper.one(DueWork.MAIL, "BBB", code -> record(code, Optional.empty()), (c, e) -> {});
    assertEquals(List.of("AAA", "BBB"), visited, "a tenant without a marker is swept all the same");
  }

  private Optional<Instant> record(String code, Optional<Instant> next) {
    visited.add(code);
    return next;
  }
}
