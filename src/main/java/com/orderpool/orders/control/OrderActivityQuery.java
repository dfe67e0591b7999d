package com.orderpool.orders.control;

import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the current tenant's {@link OrderActivity} for two months given as instants, {@code
 * [lastMonth, thisMonth)} and {@code [thisMonth, nextMonth)}. Each figure is one indexed query: the
 * month ranges and the last order use the index on {@code created_at}; the last history entry is
 * the one with the highest id (history is append-only), so no query scans a whole table.
 */
@ApplicationScoped
public class OrderActivityQuery {
  @Inject TenantDatabase db;
  @Inject TenantProfile profile;

  public OrderActivity measure(Instant lastMonth, Instant thisMonth, Instant nextMonth) {
    if (!lastMonth.isBefore(thisMonth) || !thisMonth.isBefore(nextMonth)) {
      throw new IllegalArgumentException(
          "months out of order: " + lastMonth + ", " + thisMonth + ", " + nextMonth);
    }
    EntityManager em = db.em();
    return new OrderActivity(
        profile.currency(),
        count(em, thisMonth, nextMonth),
        count(em, lastMonth, thisMonth),
        revenue(em, thisMonth, nextMonth),
        revenue(em, lastMonth, thisMonth),
        em.createQuery("SELECT o.createdAt FROM Order o ORDER BY o.createdAt DESC", Instant.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null),
        em.createQuery(
                "SELECT h.at FROM OrderHistoryEntry h WHERE h.id ="
                    + " (SELECT MAX(l.id) FROM OrderHistoryEntry l)",
                Instant.class)
            .getResultStream()
            .findFirst()
            .orElse(null));
  }

  private static long count(EntityManager em, Instant from, Instant to) {
    return em.createQuery(
            "SELECT COUNT(o) FROM Order o WHERE o.createdAt >= :from AND o.createdAt < :to",
            Long.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  /** The totals of the orders placed in the range that are not cancelled, per currency. */
  private static Map<String, BigDecimal> revenue(EntityManager em, Instant from, Instant to) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    em.createQuery(
            "SELECT o.currency, SUM(o.total) FROM Order o WHERE o.createdAt >= :from"
                + " AND o.createdAt < :to AND o.phase <> :cancelled GROUP BY o.currency",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("cancelled", Phase.CANCELLED)
        .getResultList()
        .forEach(
            r ->
                sums.put(
                    (String) r[0],
                    new BigDecimal(r[1].toString()).setScale(2, RoundingMode.HALF_UP)));
    return sums;
  }
}
