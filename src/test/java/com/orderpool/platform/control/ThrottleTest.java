package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  private final Instant t0 = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void theLimitthEventWithinTheWindowBlocksForTheBlockTime() {
    Throttle t = new Throttle(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
    t.record("a", t0);
    t.record("a", t0.plusSeconds(60));
    assertFalse(t.isBlocked("a", t0.plusSeconds(61)));
    t.record("a", t0.plusSeconds(120));
    assertTrue(t.isBlocked("a", t0.plusSeconds(121)));
    assertTrue(t.isBlocked("a", t0.plusSeconds(120 + 599)));
    assertFalse(t.isBlocked("a", t0.plusSeconds(120 + 600)), "the block ends");
    assertFalse(t.isBlocked("b", t0.plusSeconds(121)), "other keys are not touched");
  }

  @Test
  void eventsOutsideTheWindowStartAFreshCount() {
    Throttle t = new Throttle(3, Duration.ofMinutes(15), Duration.ofMinutes(15));
    t.record("a", t0);
    t.record("a", t0.plusSeconds(60));
    t.record("a", t0.plus(Duration.ofMinutes(16)));
    t.record("a", t0.plus(Duration.ofMinutes(17)));
    assertFalse(t.isBlocked("a", t0.plus(Duration.ofMinutes(17))));
    t.record("a", t0.plus(Duration.ofMinutes(18)));
    assertTrue(t.isBlocked("a", t0.plus(Duration.ofMinutes(18))));
  }

  @Test
  void tryRecordRefusesWhileBlockedAndClearForgets() {
    Throttle t = new Throttle(2, Duration.ofMinutes(15), Duration.ofMinutes(15));
    assertTrue(t.tryRecord("a", t0));
    assertTrue(t.tryRecord("a", t0), "the second one is allowed and reaches the limit");
    assertFalse(t.tryRecord("a", t0), "the third is refused");
    t.clear("a");
    assertTrue(t.tryRecord("a", t0));
  }

  @Test
  void aFloodOfKeysIsPurgedButBlocksStay() {
    Throttle t = new Throttle(1, Duration.ofMinutes(15), Duration.ofMinutes(15));
    t.record("blocked", t0);
    Throttle counting = new Throttle(2, Duration.ofMinutes(15), Duration.ofMinutes(15));
    counting.record("blocked", t0);
    counting.record("blocked", t0);
    for (int i = 0; i < Throttle.MAX_KEYS + 10; i++) {
      counting.record("k" + i, t0);
    }
    assertTrue(counting.size() <= Throttle.MAX_KEYS, "bounded: " + counting.size());
    assertTrue(counting.isBlocked("blocked", t0), "a block survives the purge");
    assertTrue(t.isBlocked("blocked", t0));
    assertEquals(1, t.size());
  }
}
