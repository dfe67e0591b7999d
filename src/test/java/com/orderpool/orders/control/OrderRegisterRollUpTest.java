package com.orderpool.orders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The orders register's summary: sums by one key of the period's groups, and the totals. */
class OrderRegisterRollUpTest {
  private static Object[] group(
      String phase, String status, String type, String channel, String cur, long n, String sum) {
    return new Object[] {phase, status, type, channel, cur, n, new BigDecimal(sum)};
  }

  private static final List<Object[]> GROUPS =
      List.of(
          group("SHIPPED", "Shipped", "MTO", "API", "EUR", 2, "200.00"),
          group("IN_PRODUCTION", "sewing", "MTO", "API", "EUR", 3, "330.00"),
          group("IN_PRODUCTION", "Cutting", "BULK", "CSV", "EUR", 1, "1000.00"),
          group("IN_PRODUCTION", "Cutting", "MTO", "API", "USD", 4, "-40.00"),
          group("SHIPPED", null, "MTO", "CSV", "EUR", 1, "0.50"));

  private static List<String> text(List<Object[]> rows) {
    return rows.stream().map(Arrays::toString).toList();
  }

  @Test
  void sumsByPhaseSortedByLabelThenCurrency() {
    assertEquals(
        List.of(
            "[IN_PRODUCTION, EUR, 4, 1330.00]",
            "[IN_PRODUCTION, USD, 4, -40.00]",
            "[SHIPPED, EUR, 3, 200.50]"),
        text(OrderRegister.rollUp(GROUPS, 0)));
  }

  @Test
  void statusNamesSortAsPeopleReadThemAndAMissingStatusKeepsItsOrders() {
    assertEquals(
        List.of(
            "[Cutting, EUR, 1, 1000.00]",
            "[Cutting, USD, 4, -40.00]",
            "[null, EUR, 1, 0.50]",
            "[sewing, EUR, 3, 330.00]",
            "[Shipped, EUR, 2, 200.00]"),
        text(OrderRegister.rollUp(GROUPS, 1)));
  }

  @Test
  void totalsPerCurrencyKeepEveryOrderAndSign() {
    assertEquals(
        List.of("[TOTAL, EUR, 7, 1530.50]", "[TOTAL, USD, 4, -40.00]"),
        text(OrderRegister.rollUp(GROUPS, -1)));
  }
}
