package com.orderpool.reports.control;

import com.orderpool.reports.entity.Frequency;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a subscribed report covers. A monthly subscription is due on or after the 1st, for
 * the previous month; a weekly one on or after Monday, for the previous ISO week (Monday to
 * Monday). A period has a sortable key, {@code 2026-11} or {@code 2026-W48}: a later period of the
 * same frequency has a greater key.
 */
public final class DuePeriods {
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  /** Days {@code from} (inclusive) to {@code to} (exclusive), and the period's key. */
  public record Period(Frequency frequency, String key, LocalDate from, LocalDate to) {
    /** The period right after this one. */
    public Period next() {
      return starting(frequency, to);
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
      return to.minusDays(1);
    }

    /** The ISO week number (weekly periods). */
    public int week() {
      return from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The ISO week-based year (weekly periods), which may differ from the calendar year. */
    public int weekYear() {
      return from.get(IsoFields.WEEK_BASED_YEAR);
    }
  }

  private DuePeriods() {}

  /** The last whole period before {@code today}: what is due today. */
  public static Period previous(Frequency frequency, LocalDate today) {
    return switch (frequency) {
      case MONTHLY -> starting(frequency, today.withDayOfMonth(1).minusMonths(1));
      case WEEKLY ->
          starting(
              frequency,
              today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1));
    };
  }

  /** The period that starts on {@code first} (the 1st of a month, or a Monday). */
  static Period starting(Frequency frequency, LocalDate first) {
    return switch (frequency) {
      case MONTHLY -> {
        YearMonth m = YearMonth.from(first);
        yield new Period(frequency, m.toString(), m.atDay(1), m.plusMonths(1).atDay(1));
      }
      case WEEKLY -> {
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String key =
            String.format(
                Locale.ROOT,
                "%04d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        yield new Period(frequency, key, monday, monday.plusWeeks(1));
      }
    };
  }

  /** The period of a key; an unreadable key is refused. */
  public static Period of(Frequency frequency, String key) {
    try {
      return switch (frequency) {
        case MONTHLY -> starting(frequency, YearMonth.parse(key).atDay(1));
        case WEEKLY -> {
          Matcher m = WEEK.matcher(key);
          if (!m.matches()) {
            throw new IllegalArgumentException("not a week: " + key);
          }
          LocalDate monday =
              LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                  .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                  .with(DayOfWeek.MONDAY);
          Period week = starting(frequency, monday);
          if (!week.key().equals(key)) {
            throw new IllegalArgumentException("no such week: " + key);
          }
          yield week;
        }
      };
    } catch (DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("not a period: " + key, e);
    }
  }

  /** Whether {@code period} comes after {@code lastSent} (nothing sent yet: always). */
  public static boolean isAfter(String period, String lastSent) {
    return lastSent == null || period.compareTo(lastSent) > 0;
  }

  /**
   * The day the next report goes out: the day after the period following {@code lastSent} ends, or
   * today when a period is already due.
   */
  public static LocalDate nextDelivery(Frequency frequency, String lastSent, LocalDate today) {
    Period due = previous(frequency, today);
    if (isAfter(due.key(), lastSent)) {
      return today;
    }
    return of(frequency, lastSent).next().to();
  }
}
