package com.orderpool.platform.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * This month and the last in the server's time zone, as instants: last month is {@code [lastStart,
 * thisStart)}, this month {@code [thisStart, nextStart)}. A month starts at the first start of its
 * first day in the zone (a day may not start at midnight where the clocks change).
 */
public record UsageMonths(
    YearMonth thisMonth, Instant lastStart, Instant thisStart, Instant nextStart)
    implements Serializable {

  /** The months around an instant, in a zone. */
  public static UsageMonths of(Instant now, ZoneId zone) {
    YearMonth month = YearMonth.from(now.atZone(zone));
    return new UsageMonths(
        month,
        start(month.minusMonths(1), zone),
        start(month, zone),
        start(month.plusMonths(1), zone));
  }

  public YearMonth lastMonth() {
    return thisMonth.minusMonths(1);
  }

  private static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }
}
