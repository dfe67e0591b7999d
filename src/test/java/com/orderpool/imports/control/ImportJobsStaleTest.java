package com.orderpool.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ImportJobsStaleTest {
  @Test
  void twoMinutesUnlessSetAndNeverUnderThirtySeconds() {
    assertEquals(Duration.ofMinutes(2), ImportJobs.stale(null));
    assertEquals(Duration.ofSeconds(45), ImportJobs.stale("45s"));
    assertEquals(Duration.ofMinutes(5), ImportJobs.stale(" 5m "));
    assertEquals(Duration.ofHours(1), ImportJobs.stale("1h"));
    assertEquals(Duration.ofSeconds(30), ImportJobs.stale("1s"), "the floor");
    assertThrows(DateTimeParseException.class, () -> ImportJobs.stale("soon"));
  }
}
