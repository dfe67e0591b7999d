package com.orderpool.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.reports.control.Periods.Preset;
import com.orderpool.reports.control.Periods.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {
  private static Range of(Preset p, String today) {
    return Periods.of(p, LocalDate.parse(today));
  }

  private static Range range(String from, String to) {
    return new Range(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void presetsAreWholeMonthsQuartersAndYearsWithAnExclusiveEnd() {
    assertEquals(range("2026-12-01", "2027-01-01"), of(Preset.THIS_MONTH, "2026-12-05"));
    assertEquals(range("2026-11-01", "2026-12-01"), of(Preset.LAST_MONTH, "2026-12-05"));
    assertEquals(range("2025-12-01", "2026-01-01"), of(Preset.LAST_MONTH, "2026-01-31"));
    assertEquals(range("2026-10-01", "2027-01-01"), of(Preset.THIS_QUARTER, "2026-12-05"));
    assertEquals(range("2026-07-01", "2026-10-01"), of(Preset.LAST_QUARTER, "2026-12-05"));
    assertEquals(range("2025-10-01", "2026-01-01"), of(Preset.LAST_QUARTER, "2026-02-28"));
    assertEquals(range("2026-01-01", "2027-01-01"), of(Preset.THIS_YEAR, "2026-12-31"));
    assertEquals(range("2025-01-01", "2026-01-01"), of(Preset.LAST_YEAR, "2026-01-01"));
    assertEquals(range("2026-04-01", "2026-07-01"), of(Preset.THIS_QUARTER, "2026-06-30"));
  }
}
