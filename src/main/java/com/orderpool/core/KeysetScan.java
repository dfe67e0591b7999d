package com.orderpool.core;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a large JPQL result in pages ordered by a time and an id, resuming after the last row of
 * each page (keyset paging), so a register of a million rows never sits in memory and no page query
 * gets slower as the export goes on. The query selects the time and the id as its first two values;
 * rows reach the sink without them.
 */
public final class KeysetScan {
  public static final int PAGE = 2000;

  private KeysetScan() {}

  /**
   * Streams {@code select + " WHERE " + where}, ordered by {@code timePath, idPath}, to the sink.
   *
   * @param select e.g. {@code "SELECT i.issuedAt, i.id, i.number FROM Invoice i"}
   * @param where the conditions, e.g. {@code "i.issuedAt >= :start AND i.issuedAt < :end"}
   * @param timePath e.g. {@code "i.issuedAt"}
   * @param idPath e.g. {@code "i.id"}
   */
  public static void stream(
      EntityManager em,
      String select,
      String where,
      String timePath,
      String idPath,
      Map<String, Object> params,
      Consumer<Object[]> sink) {
    pages(em, select, where, timePath, idPath, params, page -> page.forEach(sink));
  }

  /**
   * As {@link #stream}, a page at a time (up to {@link #PAGE} rows), e.g. to look up what the rows
   * refer to with one query per page.
   */
  public static void pages(
      EntityManager em,
      String select,
      String where,
      String timePath,
      String idPath,
      Map<String, Object> params,
      Consumer<List<Object[]>> sink) {
    String order = " ORDER BY " + timePath + ", " + idPath;
    String first = select + " WHERE " + where + order;
    String next =
        select
            + " WHERE "
            + where
            + " AND ("
            + timePath
            + " > :keyAt OR ("
            + timePath
            + " = :keyAt AND "
            + idPath
            + " > :keyId))"
            + order;
    Object keyAt = null;
    Object keyId = null;
    while (true) {
      TypedQuery<Object[]> q = em.createQuery(keyAt == null ? first : next, Object[].class);
      params.forEach(q::setParameter);
      if (keyAt != null) {
        q.setParameter("keyAt", keyAt).setParameter("keyId", keyId);
      }
      List<Object[]> page = q.setMaxResults(PAGE).getResultList();
      List<Object[]> rows = new java.util.ArrayList<>(page.size());
      for (Object[] row : page) {
        Object[] values = new Object[row.length - 2];
        System.arraycopy(row, 2, values, 0, values.length);
        rows.add(values);
      }
      if (!rows.isEmpty()) {
        sink.accept(rows);
      }
      if (page.size() < PAGE) {
        return;
      }
      Object[] last = page.get(page.size() - 1);
      keyAt = last[0];
      keyId = last[1];
    }
  }
}
