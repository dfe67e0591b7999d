package com.orderpool.invoicing.control;

import com.orderpool.core.RegisterQuery;
import com.orderpool.invoicing.entity.DocKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions and totals the invoice-based registers share: documents issued in the period (in
 * the tenant's zone), of one currency when asked, credit notes counted negative in totals.
 */
final class InvoiceFilters {
  private InvoiceFilters() {}

  /** Documents issued in the range, in the currency if one is asked. */
  static String where(RegisterQuery q) {
    return "i.issuedAt >= :start AND i.issuedAt < :end"
        + (q.currency() == null ? "" : " AND i.currency = :currency");
  }

  static Map<String, Object> params(RegisterQuery q) {
    return params(q.start(), q.end(), q);
  }

  static Map<String, Object> params(
      java.time.Instant start, java.time.Instant end, RegisterQuery q) {
    Map<String, Object> p = new HashMap<>();
    p.put("start", start);
    p.put("end", end);
    if (q.currency() != null) {
      p.put("currency", q.currency());
    }
    return p;
  }

  static long count(EntityManager em, RegisterQuery q, String where) {
    TypedQuery<Long> c =
        em.createQuery("SELECT COUNT(i) FROM Invoice i WHERE " + where, Long.class);
    params(q).forEach(c::setParameter);
    return c.getSingleResult();
  }

  /**
   * Net, VAT and gross by the given grouping (its values first), invoices minus credit notes, in
   * the period.
   */
  static List<Object[]> totals(EntityManager em, RegisterQuery q, String where, String groupBy) {
    return totals(em, where, groupBy, params(q));
  }

  static List<Object[]> totals(
      EntityManager em, String where, String groupBy, Map<String, Object> params) {
    String signed = "CASE WHEN i.kind = :credit THEN -1 ELSE 1 END";
    TypedQuery<Object[]> t =
        em.createQuery(
            "SELECT "
                + groupBy
                + ", SUM(("
                + signed
                + ") * (i.total - i.vatAmount)), SUM(("
                + signed
                + ") * i.vatAmount), SUM(("
                + signed
                + ") * i.total), COUNT(i) FROM Invoice i WHERE "
                + where
                + " GROUP BY "
                + groupBy
                + " ORDER BY "
                + groupBy,
            Object[].class);
    params.forEach(t::setParameter);
    t.setParameter("credit", DocKind.CREDIT_NOTE);
    List<Object[]> rows = new ArrayList<>();
    int keys = groupBy.split(",").length;
    for (Object[] r : t.getResultList()) {
      Object[] out = r.clone();
      for (int k = keys; k < keys + 3; k++) {
        out[k] = money(r[k]);
      }
      rows.add(out);
    }
    return rows;
  }

  /** Sums rows of [currency, rate, net, vat, gross] by currency: [currency, net, vat, gross]. */
  static List<Object[]> currencyTotals(List<Object[]> byRate) {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    for (Object[] r : byRate) {
      BigDecimal[] s =
          sums.computeIfAbsent(
              (String) r[0],
              c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      for (int k = 0; k < 3; k++) {
        s[k] = s[k].add((BigDecimal) r[2 + k]);
      }
    }
    List<Object[]> out = new ArrayList<>();
    sums.forEach((c, s) -> out.add(new Object[] {c, s[0], s[1], s[2]}));
    return out;
  }

  /** "21.00 %" */
  static String rateLabel(BigDecimal rate) {
    return (rate == null ? BigDecimal.ZERO : rate)
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .toPlainString()
        + " %";
  }

  /** The company and the person, or the person alone. */
  static String customer(String name, String company) {
    return company == null || company.isBlank() ? name : company + " · " + name;
  }

  static BigDecimal money(Object v) {
    if (v == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal b = v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    return b.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  /** The numbers of invoices by id (one query). */
  static Map<Long, String> numbers(EntityManager em, List<Long> ids) {
    Map<Long, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Object[] r :
        em.createQuery("SELECT i.id, i.number FROM Invoice i WHERE i.id IN :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      out.put((Long) r[0], (String) r[1]);
    }
    return out;
  }
}
