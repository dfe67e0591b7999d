package com.orderpool.orders.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One tenant's order figures for the platform console's usage page: orders placed in this month and
 * the last (cancelled ones included), their revenue per currency (the order totals, cancelled
 * orders excluded), the tenant's currency, and when the last order was placed and the last order
 * history entry was written (null when there is none).
 */
public record OrderActivity(
    String currency,
    long ordersThisMonth,
    long ordersLastMonth,
    Map<String, BigDecimal> revenueThisMonth,
    Map<String, BigDecimal> revenueLastMonth,
    Instant lastOrderAt,
    Instant lastHistoryAt)
    implements Serializable {

  public OrderActivity {
    revenueThisMonth = Map.copyOf(revenueThisMonth);
    revenueLastMonth = Map.copyOf(revenueLastMonth);
  }
}
