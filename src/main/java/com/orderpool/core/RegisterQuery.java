package com.orderpool.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a register is asked for: days {@code from} (inclusive) to {@code to} (exclusive) in the
 * tenant's time zone, an optional order status code and currency, the language of status names, and
 * the moment "today" is measured from (ages, days in production).
 */
public record RegisterQuery(
    LocalDate from,
    LocalDate to,
    String status,
    String currency,
    String language,
    ZoneId zone,
    Instant now) {
  /** Filters a register may take besides the dates. */
  public enum Filter {
    STATUS,
    CURRENCY
  }

  /** The longest range a report covers (ten years). */
  public static final long MAX_DAYS = 3700;

  public RegisterQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(now, "now");
    if (!from.isBefore(to)) {
      throw new BusinessException("to", "reports.range.order");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
      throw new BusinessException("to", "reports.range.tooLong");
    }
    status = blankToNull(status);
    currency = blankToNull(currency);
    language = "es".equals(language) ? "es" : "en";
  }

  /** The first instant of the range. */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the range. */
  public Instant end() {
    return to.atStartOfDay(zone).toInstant();
  }

  /** The day an instant falls on, in the tenant's zone. */
  public LocalDate day(Instant at) {
    return at == null ? null : LocalDate.ofInstant(at, zone);
  }

  /** Today in the tenant's zone. */
  public LocalDate today() {
    return day(now);
  }

  /** The months the range touches, each as [start, end) instants clipped to the range. */
  public List<Month> months() {
    List<Month> months = new ArrayList<>();
    LocalDate m = from.withDayOfMonth(1);
    while (m.isBefore(to)) {
      LocalDate next = m.plusMonths(1);
      LocalDate a = m.isBefore(from) ? from : m;
      LocalDate b = next.isAfter(to) ? to : next;
      months.add(
          new Month(
              m.toString().substring(0, 7),
              a.atStartOfDay(zone).toInstant(),
              b.atStartOfDay(zone).toInstant()));
      m = next;
    }
    return months;
  }

  /** One month of the range: its name ({@code 2026-11}) and its instants. */
  public record Month(String name, Instant start, Instant end) {}

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
