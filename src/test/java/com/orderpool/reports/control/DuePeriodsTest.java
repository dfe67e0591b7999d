package com.orderpool.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.reports.entity.Frequency;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The periods a subscription covers: months and ISO weeks, across month and year boundaries. */
class DuePeriodsTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void onOrAfterTheFirstTheMonthBeforeIsDue() {
    DuePeriods.Period p = DuePeriods.previous(Frequency.MONTHLY, d("2026-12-01"));
    assertEquals("2026-11", p.key());
    assertEquals(d("2026-11-01"), p.from());
    assertEquals(d("2026-12-01"), p.to(), "to is exclusive: the first of this month");
    assertEquals(d("2026-11-30"), p.lastDay());
    assertEquals(p, DuePeriods.previous(Frequency.MONTHLY, d("2026-12-31")), "all month long");
    assertEquals("2026-10", DuePeriods.previous(Frequency.MONTHLY, d("2026-11-30")).key());
  }

  @Test
  void januaryGetsDecemberOfTheYearBefore() {
    DuePeriods.Period p = DuePeriods.previous(Frequency.MONTHLY, d("2027-01-01"));
    assertEquals("2026-12", p.key());
    assertEquals(d("2026-12-01"), p.from());
    assertEquals(d("2027-01-01"), p.to());
    assertEquals("2024-02", DuePeriods.previous(Frequency.MONTHLY, d("2024-03-15")).key());
    assertEquals(
        d("2024-02-29"), DuePeriods.previous(Frequency.MONTHLY, d("2024-03-01")).lastDay());
  }

  @Test
  void onOrAfterMondayTheIsoWeekBeforeIsDue() {
    // Monday 30 November 2026 starts week 49; the week before is 23-29 November, week 48
    DuePeriods.Period p = DuePeriods.previous(Frequency.WEEKLY, d("2026-11-30"));
    assertEquals("2026-W48", p.key());
    assertEquals(d("2026-11-23"), p.from());
    assertEquals(d("2026-11-30"), p.to(), "Monday to Monday");
    assertEquals(p, DuePeriods.previous(Frequency.WEEKLY, d("2026-12-06")), "until Sunday");
    assertEquals("2026-W47", DuePeriods.previous(Frequency.WEEKLY, d("2026-11-29")).key());
  }

  @Test
  void weeksCrossMonthsAndYearsByTheIsoCalendar() {
    // Monday 4 January 2027 starts week 1 of 2027; the week before is week 53 of 2026
    DuePeriods.Period last2026 = DuePeriods.previous(Frequency.WEEKLY, d("2027-01-04"));
    assertEquals("2026-W53", last2026.key());
    assertEquals(d("2026-12-28"), last2026.from());
    assertEquals(d("2027-01-04"), last2026.to());
    // 1 January 2026 is a Thursday in week 1 of 2026, which began on Monday 29 December 2025
    DuePeriods.Period w1 = DuePeriods.previous(Frequency.WEEKLY, d("2026-01-05"));
    assertEquals("2026-W01", w1.key());
    assertEquals(d("2025-12-29"), w1.from());
    assertEquals("2025-W52", DuePeriods.previous(Frequency.WEEKLY, d("2026-01-01")).key());
  }

  @Test
  void keysReadBackAndSortInTimeOrder() {
    for (String key : new String[] {"2026-W01", "2026-W48", "2026-W53", "2020-W53"}) {
      assertEquals(key, DuePeriods.of(Frequency.WEEKLY, key).key());
    }
    assertEquals(d("2026-12-28"), DuePeriods.of(Frequency.WEEKLY, "2026-W53").from());
    assertEquals(d("2026-11-01"), DuePeriods.of(Frequency.MONTHLY, "2026-11").from());
    assertEquals("2026-12", DuePeriods.of(Frequency.MONTHLY, "2026-11").next().key());
    assertEquals("2027-01", DuePeriods.of(Frequency.MONTHLY, "2026-12").next().key());
    assertEquals("2027-W01", DuePeriods.of(Frequency.WEEKLY, "2026-W53").next().key());
    assertTrue(DuePeriods.isAfter("2027-W01", "2026-W53"));
    assertTrue(DuePeriods.isAfter("2026-W10", "2026-W09"));
    assertTrue(DuePeriods.isAfter("2027-01", "2026-12"));
    assertTrue(DuePeriods.isAfter("2026-11", null), "nothing sent yet");
    assertFalse(DuePeriods.isAfter("2026-11", "2026-11"), "sent already");
    assertFalse(DuePeriods.isAfter("2026-10", "2026-11"), "a clock set back sends nothing");
    assertThrows(IllegalArgumentException.class, () -> DuePeriods.of(Frequency.WEEKLY, "2025-W53"));
    assertThrows(IllegalArgumentException.class, () -> DuePeriods.of(Frequency.WEEKLY, "2026-11"));
    assertThrows(IllegalArgumentException.class, () -> DuePeriods.of(Frequency.MONTHLY, "2026-W4"));
  }

  @Test
  void theNextDeliveryIsTheNextBoundaryOrTodayWhenDue() {
    // subscribed on 5 December: November counts as sent, December goes out on 1 January
    String last = DuePeriods.previous(Frequency.MONTHLY, d("2026-12-05")).key();
    assertEquals(
        d("2027-01-01"), DuePeriods.nextDelivery(Frequency.MONTHLY, last, d("2026-12-05")));
    assertEquals(
        d("2027-01-01"),
        DuePeriods.nextDelivery(Frequency.MONTHLY, last, d("2027-01-01")),
        "due today");
    assertEquals(
        d("2027-01-02"),
        DuePeriods.nextDelivery(Frequency.MONTHLY, last, d("2027-01-02")),
        "overdue: as soon as possible");
    // Saturday 5 December 2026: week 48 counts as sent, week 49 goes out on Monday 7 December
    String week = DuePeriods.previous(Frequency.WEEKLY, d("2026-12-05")).key();
    assertEquals("2026-W48", week);
    assertEquals(d("2026-12-07"), DuePeriods.nextDelivery(Frequency.WEEKLY, week, d("2026-12-05")));
  }

  @Test
  void labelsReadAsPeopleWriteThem() {
    DuePeriods.Period nov = DuePeriods.of(Frequency.MONTHLY, "2026-11");
    assertEquals("November 2026", PeriodLabels.of(nov, "en"));
    assertEquals("noviembre de 2026", PeriodLabels.of(nov, "es"));
    DuePeriods.Period w = DuePeriods.of(Frequency.WEEKLY, "2026-W48");
    assertEquals("week 48, 2026 (23 Nov – 29 Nov)", PeriodLabels.of(w, "en"));
    assertTrue(
        PeriodLabels.of(w, "es").startsWith("semana 48 de 2026 (23 nov"), PeriodLabels.of(w, "es"));
  }
}
