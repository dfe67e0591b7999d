package com.orderpool.orders.control;

import com.orderpool.core.RegisterQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the order registers share: the status and currency filters, the status's name in the
 * report's language, and money and sums by a key.
 */
final class OrderRegisterQueries {
  /** Orders with their status (a status-less order still counts). */
  static final String FROM = " FROM Order o LEFT JOIN o.status s";

  private OrderRegisterQueries() {}

  /** {@code timePath} in the range, plus the status and currency filters when given. */
  static String where(RegisterQuery q, String timePath) {
    return timePath
        + " >= :start AND "
        + timePath
        + " < :end"
        + (q.status() == null ? "" : " AND s.code = :status")
        + (q.currency() == null ? "" : " AND o.currency = :currency");
  }

  static Map<String, Object> params(RegisterQuery q) {
    Map<String, Object> p = new HashMap<>();
    p.put("start", q.start());
    p.put("end", q.end());
    if (q.status() != null) {
      p.put("status", q.status());
    }
    if (q.currency() != null) {
      p.put("currency", q.currency());
    }
    return p;
  }

  /** The status name column in the report's language. */
  static String statusName(RegisterQuery q) {
    return "es".equals(q.language()) ? "s.nameEs" : "s.nameEn";
  }

  static String customer(String name, String company) {
    return company == null || company.isBlank() ? name : company + " · " + name;
  }

  static BigDecimal money(Object v) {
    return v == null
        ? BigDecimal.ZERO.setScale(2)
        : new BigDecimal(v.toString()).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Adds one row's count and amounts to the sums kept by key: each sum is [label, currency, count,
   * amount...].
   */
  static void add(
      Map<List<Object>, Object[]> sums, String label, String currency, BigDecimal... amounts) {
    Object[] s =
        sums.computeIfAbsent(
            List.of(label, currency),
            k -> {
              Object[] n = new Object[3 + amounts.length];
              n[0] = label;
              n[1] = currency;
              n[2] = 0L;
              for (int i = 0; i < amounts.length; i++) {
                n[3 + i] = BigDecimal.ZERO.setScale(2);
              }
              return n;
            });
    s[2] = (Long) s[2] + 1;
    for (int i = 0; i < amounts.length; i++) {
      s[3 + i] = ((BigDecimal) s[3 + i]).add(amounts[i]);
    }
  }

  /** A new ordered map for {@link #add}. */
  static Map<List<Object>, Object[]> sums() {
    return new LinkedHashMap<>();
  }

  /**
   * Summary rows of an ageing register: per bucket (in the buckets' order) and currency, the number
   * of rows and the sum of an amount, then a TOTAL per currency.
   */
  static List<Object[]> byBucket(
      List<String> buckets,
      java.util.function.Consumer<java.util.function.Consumer<Object[]>> rows,
      int bucket,
      int currency,
      int amount) {
    Map<List<Object>, Object[]> byBucket = sums();
    Map<List<Object>, Object[]> totals = sums();
    rows.accept(
        r -> {
          add(byBucket, (String) r[bucket], (String) r[currency], (BigDecimal) r[amount]);
          add(totals, "TOTAL", (String) r[currency], (BigDecimal) r[amount]);
        });
    List<Object[]> out = new java.util.ArrayList<>();
    for (String b : buckets) {
      byBucket.values().stream().filter(s -> b.equals(s[0])).forEach(out::add);
    }
    out.addAll(totals.values());
    return out;
  }
}
