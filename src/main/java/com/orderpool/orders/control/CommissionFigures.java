package com.orderpool.orders.control;

import com.orderpool.orders.entity.CommissionTally;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Commissions of the current tenant's retailers over the orders placed in a period: per retailer
 * and currency, the orders, the cancelled ones, the net amount (total without VAT) of those not
 * cancelled and the commission at the rate each order was placed with (see {@link
 * CommissionTally}). Sums are made in the database, by rate, so the work does not grow with the
 * orders.
 */
@ApplicationScoped
public class CommissionFigures {
  @Inject TenantDatabase db;
  @Inject RetailerDirectory retailers;

  /** One retailer's figures in one currency. */
  public record Line(Retailer retailer, String currency, CommissionTally tally) {}

  /**
   * The figures of orders placed in [start, end), by retailer code and currency; {@code retailerId}
   * null for every retailer, {@code currency} null for every currency.
   */
  public List<Line> lines(Instant start, Instant end, Long retailerId, String currency) {
    var q =
        db.em()
            .createQuery(
                "SELECT o.retailerId, o.currency, o.phase, o.retailerRate, COUNT(o), SUM(o.total),"
                    + " SUM(o.vatAmount) FROM Order o WHERE o.retailerId IS NOT NULL"
                    + " AND o.createdAt >= :start AND o.createdAt < :end"
                    + (retailerId == null ? "" : " AND o.retailerId = :retailer")
                    + (currency == null ? "" : " AND o.currency = :currency")
                    + " GROUP BY o.retailerId, o.currency, o.phase, o.retailerRate",
                Object[].class)
            .setParameter("start", start)
            .setParameter("end", end);
    if (retailerId != null) {
      q.setParameter("retailer", retailerId);
    }
    if (currency != null) {
      q.setParameter("currency", currency);
    }
    Map<Long, Retailer> byId =
        retailers.all().stream().collect(Collectors.toMap(Retailer::getId, Function.identity()));
    Map<List<Object>, Line> lines = new LinkedHashMap<>();
    for (Object[] r : q.getResultList()) {
      Retailer retailer = byId.get(((Number) r[0]).longValue());
      if (retailer == null) {
        continue;
      }
      String cur = (String) r[1];
      Line line =
          lines.computeIfAbsent(
              List.of(retailer.getId(), cur), k -> new Line(retailer, cur, new CommissionTally()));
      BigDecimal net = amount(r[5]).subtract(amount(r[6]));
      line.tally()
          .add(((Number) r[4]).longValue(), net, (BigDecimal) r[3], r[2] == Phase.CANCELLED);
    }
    List<Line> sorted = new ArrayList<>(lines.values());
    sorted.sort(
        Comparator.comparing((Line l) -> l.retailer().getCode()).thenComparing(Line::currency));
    return sorted;
  }

  /** A retailer's orders placed in [start, end), oldest first, at most {@code max}. */
  public List<Order> placed(long retailerId, Instant start, Instant end, int max) {
    return ordersOf(retailerId, "o.createdAt", start, end, max);
  }

  /** A retailer's orders cancelled in [start, end) (placed then or before), at most {@code max}. */
  public List<Order> cancelled(long retailerId, Instant start, Instant end, int max) {
    return ordersOf(retailerId, "o.cancelledAt", start, end, max);
  }

  private List<Order> ordersOf(long retailerId, String when, Instant start, Instant end, int max) {
    return db.em()
        .createQuery(
            "SELECT o FROM Order o WHERE o.retailerId = :r AND "
                + when
                + " >= :start AND "
                + when
                + " < :end ORDER BY "
                + when
                + ", o.id",
            Order.class)
        .setParameter("r", retailerId)
        .setParameter("start", start)
        .setParameter("end", end)
        .setMaxResults(max)
        .getResultList();
  }

  /** The totals of some lines, per currency, in currency order. */
  public static Map<String, CommissionTally> totals(List<Line> lines) {
    Map<String, CommissionTally> totals = new java.util.TreeMap<>();
    for (Line l : lines) {
      totals.computeIfAbsent(l.currency(), c -> new CommissionTally()).add(l.tally());
    }
    return totals;
  }

  private static BigDecimal amount(Object v) {
    return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
  }
}
