package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.orders.control.OrderActivity;
import com.orderpool.platform.entity.TenantStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The usage page's months as instants, and how one tenant's line is put together. */
class UsageFiguresTest {

  @Test
  void monthsAreHalfOpenInstantRangesInTheServerZone() {
    UsageMonths m = UsageMonths.of(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    assertEquals(YearMonth.of(2026, 11), m.thisMonth());
    assertEquals(YearMonth.of(2026, 10), m.lastMonth());
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), m.lastStart());
    assertEquals(Instant.parse("2026-11-01T00:00:00Z"), m.thisStart());
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), m.nextStart());
  }

  @Test
  void theZoneDecidesWhichMonthAnInstantIsIn() {
    ZoneId madrid = ZoneId.of("Europe/Madrid");
    // 23:30 UTC on 31 December is already 1 January in Madrid
    UsageMonths m = UsageMonths.of(Instant.parse("2026-12-31T23:30:00Z"), madrid);
    assertEquals(YearMonth.of(2027, 1), m.thisMonth());
    assertEquals(Instant.parse("2026-12-31T23:00:00Z"), m.thisStart(), "midnight in Madrid");
    assertEquals(Instant.parse("2026-11-30T23:00:00Z"), m.lastStart());
    assertEquals(Instant.parse("2027-01-31T23:00:00Z"), m.nextStart());
    // across the change to summer time: March has 31 days minus one hour
    UsageMonths march = UsageMonths.of(Instant.parse("2027-03-15T12:00:00Z"), madrid);
    assertEquals(Instant.parse("2027-03-31T22:00:00Z"), march.nextStart());
    assertEquals(Instant.parse("2027-02-28T23:00:00Z"), march.thisStart());
  }

  @Test
  void revenueIsTheTenantsCurrencyWithOtherCurrenciesApart() {
    OrderActivity orders =
        new OrderActivity(
            "EUR",
            3,
            1,
            Map.of("EUR", new BigDecimal("120.50"), "USD", new BigDecimal("30.00")),
            Map.of("USD", new BigDecimal("0.00")),
            Instant.parse("2026-11-20T09:00:00Z"),
            Instant.parse("2026-11-20T09:00:00.000010Z"));
    TenantUsage u =
        new TenantUsage("ABC", "Abc Co", TenantStatus.ACTIVE, orders, 2, null, 1000, 24);
    assertEquals(new BigDecimal("120.50"), u.getRevenueThisMonth());
    assertEquals(Map.of("USD", new BigDecimal("30.00")), u.getOtherRevenueThisMonth());
    assertEquals(new BigDecimal("0.00"), u.getRevenueLastMonth(), "none in EUR: zero");
    assertEquals(Map.of(), u.getOtherRevenueLastMonth(), "a zero sum is not shown");
    assertEquals(1024, u.getStorageBytes());
    assertEquals(3L, u.getOrdersThisMonth());
    assertTrue(u.isMeasured());
  }

  @Test
  void lastActivityIsTheLatestOfOrdersHistoryAndSignIns() {
    Instant order = Instant.parse("2026-11-20T09:00:00Z");
    Instant change = Instant.parse("2026-11-20T11:00:00Z");
    Instant signIn = Instant.parse("2026-11-20T10:00:00Z");
    OrderActivity orders = new OrderActivity("EUR", 1, 0, Map.of(), Map.of(), order, change);
    assertEquals(
        change,
        new TenantUsage("ABC", "A", TenantStatus.ACTIVE, orders, 1, signIn, 0, 0)
            .getLastActivity());
    assertEquals(
        signIn,
        new TenantUsage("ABC", "A", TenantStatus.ACTIVE, null, 1, signIn, 0, 0).getLastActivity(),
        "orders not readable: the sign-in still counts");
    OrderActivity none = new OrderActivity("EUR", 0, 0, Map.of(), Map.of(), null, null);
    TenantUsage idle = new TenantUsage("ABC", "A", TenantStatus.SUSPENDED, none, 0, null, 0, 0);
    assertNull(idle.getLastActivity());
    assertFalse(idle.isActive());
  }

  @Test
  void aTenantWhoseOrdersCannotBeReadHasNoOrderFigures() {
    TenantUsage u = new TenantUsage("ABC", "A", TenantStatus.ACTIVE, null, 1, null, 5, 0);
    assertFalse(u.isMeasured());
    assertNull(u.getOrdersThisMonth());
    assertNull(u.getRevenueThisMonth());
    assertNull(u.getCurrency());
    assertEquals(Map.of(), u.getOtherRevenueLastMonth());
  }

  @Test
  void theReportAddsUpCountsAndBytes() {
    OrderActivity a = new OrderActivity("EUR", 2, 5, Map.of(), Map.of(), null, null);
    UsageReport r =
        new UsageReport(
            UsageMonths.of(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC),
            ZoneOffset.UTC,
            Instant.parse("2026-11-21T10:00:00Z"),
            List.of(
                new TenantUsage("AAA", "A", TenantStatus.ACTIVE, a, 2, null, 100, 1),
                new TenantUsage("BBB", "B", TenantStatus.ACTIVE, null, 3, null, 10, 0)));
    assertEquals(2, r.totalOrdersThisMonth());
    assertEquals(5, r.totalOrdersLastMonth());
    assertEquals(5, r.totalActiveUsers());
    assertEquals(111, r.totalStorageBytes());
  }

  @Test
  void monthsOutOfOrderAreRefusedByTheQuery() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new com.orderpool.orders.control.OrderActivityQuery()
                .measure(Instant.EPOCH, Instant.EPOCH, Instant.EPOCH.plusSeconds(1)));
  }
}
