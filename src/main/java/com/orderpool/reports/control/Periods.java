package com.orderpool.reports.control;

import java.time.LocalDate;

/** The report page's period presets, as days from (inclusive) to (exclusive). */
public final class Periods {
  /** The presets, the custom range last. */
  public enum Preset {
    THIS_MONTH,
    LAST_MONTH,
    THIS_QUARTER,
    LAST_QUARTER,
    THIS_YEAR,
    LAST_YEAR,
    CUSTOM
  }

  /** Days {@code from} (inclusive) to {@code to} (exclusive). */
  public record Range(LocalDate from, LocalDate to) {}

  private Periods() {}

  /** The range of a preset around today; {@code CUSTOM} gives this month as a start. */
  public static Range of(Preset preset, LocalDate today) {
    LocalDate month = today.withDayOfMonth(1);
    LocalDate quarter = month.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
    LocalDate year = today.withDayOfYear(1);
    return switch (preset) {
      case THIS_MONTH, CUSTOM -> new Range(month, month.plusMonths(1));
      case LAST_MONTH -> new Range(month.minusMonths(1), month);
      case THIS_QUARTER -> new Range(quarter, quarter.plusMonths(3));
      case LAST_QUARTER -> new Range(quarter.minusMonths(3), quarter);
      case THIS_YEAR -> new Range(year, year.plusYears(1));
      case LAST_YEAR -> new Range(year.minusYears(1), year);
    };
  }
}
