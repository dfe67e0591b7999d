package com.orderpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigDurationTest {
  private static final Duration TWO_MINUTES = Duration.ofMinutes(2);
  private static final Duration FLOOR = Duration.ofSeconds(30);

  private static Duration read(String value) {
    return Config.duration(value, TWO_MINUTES, FLOOR, "orderpool.x.stale");
  }

  @Test
  void theDefaultUnlessSetAndNeverUnderTheFloor() {
    assertEquals(TWO_MINUTES, read(null));
    assertEquals(Duration.ofSeconds(45), read("45s"));
    assertEquals(Duration.ofMinutes(5), read(" 5m "));
    assertEquals(Duration.ofHours(1), read("1h"));
    assertEquals(FLOOR, read("1s"), "the floor");
  }

  @Test
  void aValueInAnotherFormNamesTheSetting() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("soon"));
    assertTrue(e.getMessage().contains("orderpool.x.stale"), e.getMessage());
    assertTrue(e.getMessage().contains("'soon'"), e.getMessage());
  }
}
