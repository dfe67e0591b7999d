package com.orderpool.orders.control;

import com.orderpool.core.PageRequest;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the order pool's JPQL from a filter: one WHERE clause shared by the page and the count,
 * every value bound as a parameter. Dates are whole days in the given zone.
 */
public final class PoolQuery {
  /** Counts stop here; the pool then shows "10,000+". */
  public static final int COUNT_CAP = 10_000;

  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> params = new LinkedHashMap<>();

  /**
   * A WIP date range sorts by WIP start (newest first), so the WIP index serves both the range and
   * the order; newest-created-first would scan most of the table for an old week.
   */
  private final boolean byWip;

  public PoolQuery(PoolFilter f, ZoneId zone) {
    byWip = f.getWipFrom() != null || f.getWipTo() != null;
    if (f.getSearch() != null && !f.getSearch().isBlank()) {
      String text = f.getSearch().strip();
      // Prefix matches, so the indexes on name, e-mail and model serve them; the columns'
      // collation makes them case-insensitive. An order number matches exactly, digits by sequence.
      where.append(
          " AND (o.number = :exact OR o.customerName LIKE :p OR o.customerEmail LIKE :p"
              + " OR o.model LIKE :p");
      params.put("exact", text.toUpperCase(Locale.ROOT));
      params.put("p", PageRequest.prefixPattern(text));
      if (text.matches("\\d{1,18}")) {
        where.append(" OR o.seq = :seq");
        params.put("seq", Long.parseLong(text));
      }
      where.append(")");
    }
    in("o.paymentStatus", "pay", f.getPaymentStatuses());
    in("o.statusId", "st", f.getStatusIds());
    in("o.phase", "ph", f.getPhases());
    in("o.type", "ty", f.getTypes());
    in("o.channel", "ch", f.getChannels());
    if (f.getModel() != null && !f.getModel().isBlank()) {
      where.append(" AND o.model = :model");
      params.put("model", f.getModel().strip());
    }
    range("o.createdAt", "cr", f.getCreatedFrom(), f.getCreatedTo(), zone);
    range("o.wipStartAt", "wip", f.getWipFrom(), f.getWipTo(), zone);
    if (!f.isIncludeCancelled() && !f.getPhases().contains(Phase.CANCELLED)) {
      where.append(" AND o.phase <> :cancelled");
      params.put("cancelled", Phase.CANCELLED);
    }
  }

  public String where() {
    return where.toString();
  }

  public Map<String, Object> params() {
    return params;
  }

  /**
   * One page by offset, newest first (or by number). The ids come first from the index alone (a
   * deferred join), so a deep page does not read the rows it skips; then those rows load. Callers
   * load the tenant's statuses into the same EntityManager first, so each row's status resolves
   * from memory instead of one query per row.
   */
  public List<Order> page(EntityManager em, PageRequest page) {
    String order =
        byWip ? " ORDER BY o.wipStartAt DESC, o.id DESC" : " ORDER BY o.createdAt DESC, o.id DESC";
    if ("number".equals(page.sortField())) {
      order = " ORDER BY o.seq " + (page.ascending() ? "ASC" : "DESC");
    }
    TypedQuery<Long> ids = em.createQuery("SELECT o.id FROM Order o" + where + order, Long.class);
    params.forEach(ids::setParameter);
    return byIds(em, ids.setFirstResult(page.first()).setMaxResults(page.size()).getResultList());
  }

  /** Whether next/previous can continue from a row (the list is in creation order). */
  public static boolean keysetCapable(PoolFilter f) {
    return f.getWipFrom() == null && f.getWipTo() == null;
  }

  /** The page after a row (older orders), by keyset: as fast on page 20,000 as on page 2. */
  public List<Order> after(EntityManager em, Instant createdAt, long id, int size) {
    return keyset(
        em, "o.createdAt < :kc OR (o.createdAt = :kc AND o.id < :ki)", "DESC", createdAt, id, size);
  }

  /** The page before a row (newer orders), by keyset, returned newest first. */
  public List<Order> before(EntityManager em, Instant createdAt, long id, int size) {
    List<Order> rows =
        new ArrayList<>(
            keyset(
                em,
                "o.createdAt > :kc OR (o.createdAt = :kc AND o.id > :ki)",
                "ASC",
                createdAt,
                id,
                size));
    Collections.reverse(rows);
    return rows;
  }

  private List<Order> keyset(
      EntityManager em, String condition, String direction, Instant createdAt, long id, int size) {
    TypedQuery<Order> q =
        em.createQuery(
            "SELECT o FROM Order o"
                + where
                + " AND ("
                + condition
                + ") ORDER BY o.createdAt "
                + direction
                + ", o.id "
                + direction,
            Order.class);
    params.forEach(q::setParameter);
    return q.setParameter("kc", createdAt)
        .setParameter("ki", id)
        .setMaxResults(size)
        .getResultList();
  }

  private static List<Order> byIds(EntityManager em, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Order> found = new HashMap<>();
    em.createQuery("SELECT o FROM Order o WHERE o.id IN :ids", Order.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(o -> found.put(o.getId(), o));
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  /** The number of matching orders, up to {@link #COUNT_CAP} + 1 (more means "10,000+"). */
  public long cappedCount(EntityManager em) {
    TypedQuery<Long> q = em.createQuery("SELECT o.id FROM Order o" + where, Long.class);
    params.forEach(q::setParameter);
    return q.setMaxResults(COUNT_CAP + 1).getResultList().size();
  }

  private void in(String path, String name, List<?> values) {
    if (values != null && !values.isEmpty()) {
      where.append(" AND ").append(path).append(" IN :").append(name);
      params.put(name, values);
    }
  }

  private void range(String path, String name, LocalDate from, LocalDate to, ZoneId zone) {
    if (from != null) {
      where.append(" AND ").append(path).append(" >= :").append(name).append("From");
      params.put(name + "From", from.atStartOfDay(zone).toInstant());
    }
    if (to != null) {
      where.append(" AND ").append(path).append(" < :").append(name).append("To");
      params.put(name + "To", to.plusDays(1).atStartOfDay(zone).toInstant());
    }
  }
}
