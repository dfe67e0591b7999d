package com.orderpool.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterQueryTest {
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private static RegisterQuery q(String from, String to) {
    return new RegisterQuery(
        LocalDate.parse(from), LocalDate.parse(to), " ", "", "fr", MADRID, NOW);
  }

  @Test
  void theRangeIsDaysInTheTenantsZoneFromInclusiveToExclusive() {
    RegisterQuery q = q("2026-11-01", "2026-12-01");
    assertEquals(Instant.parse("2026-10-31T23:00:00Z"), q.start());
    assertEquals(Instant.parse("2026-11-30T23:00:00Z"), q.end());
    assertEquals(LocalDate.parse("2026-12-01"), q.day(Instant.parse("2026-11-30T23:30:00Z")));
    assertEquals(null, q.status(), "blank filters are none");
    assertEquals(null, q.currency());
    assertEquals("en", q.language(), "unknown languages are English");
  }

  @Test
  void monthsAreClippedToTheRange() {
    List<RegisterQuery.Month> months = q("2026-10-15", "2026-12-10").months();
    assertEquals(
        List.of("2026-10", "2026-11", "2026-12"),
        months.stream().map(RegisterQuery.Month::name).toList());
    assertEquals(Instant.parse("2026-10-14T22:00:00Z"), months.get(0).start());
    assertEquals(Instant.parse("2026-10-31T23:00:00Z"), months.get(0).end());
    assertEquals(Instant.parse("2026-12-09T23:00:00Z"), months.get(2).end());
  }

  @Test
  void anEmptyBackwardsOrEndlessRangeIsRefused() {
    assertEquals(
        "reports.range.order",
        assertThrows(BusinessException.class, () -> q("2026-12-01", "2026-12-01")).messageKey());
    assertThrows(BusinessException.class, () -> q("2026-12-02", "2026-12-01"));
    assertEquals(
        "reports.range.tooLong",
        assertThrows(BusinessException.class, () -> q("2000-01-01", "2026-01-01")).messageKey());
  }
}
