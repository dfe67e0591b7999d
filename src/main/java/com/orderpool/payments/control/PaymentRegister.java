package com.orderpool.payments.control;

import static com.orderpool.core.Register.Field.code;
import static com.orderpool.core.Register.Field.date;
import static com.orderpool.core.Register.Field.money;
import static com.orderpool.core.Register.Field.text;

import com.orderpool.core.KeysetScan;
import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Payments received in the period (by the day the money arrived): refunds and reversals are stored
 * negative and stay negative here. Totals by method and currency.
 */
@ApplicationScoped
public class PaymentRegister implements Register {
  private static final String FROM = " FROM Payment p";

  @Inject TenantDatabase db;

  @Override
  public String name() {
    return "payments";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        date("date"),
        text("order"),
        text("invoice"),
        text("customer"),
        code("method"),
        code("kind"),
        text("reference"),
        text("currency"),
        money("amount"));
  }

  @Override
  public List<Field> summaryFields() {
    return List.of(code("label"), text("currency"), money("amount"));
  }

  @Override
  public Set<RegisterQuery.Filter> filters() {
    return Set.of(RegisterQuery.Filter.CURRENCY);
  }

  private static String where(RegisterQuery q) {
    return "p.receivedOn >= :from AND p.receivedOn < :to"
        + (q.currency() == null ? "" : " AND p.currency = :currency");
  }

  private static Map<String, Object> params(RegisterQuery q) {
    Map<String, Object> p = new HashMap<>();
    p.put("from", q.from());
    p.put("to", q.to());
    if (q.currency() != null) {
      p.put("currency", q.currency());
    }
    return p;
  }

  @Override
  public void rows(RegisterQuery q, Consumer<Object[]> sink) {
    KeysetScan.pages(
        db.em(),
        "SELECT p.receivedOn, p.id, p.receivedOn, p.orderId, p.method, p.kind, p.reference,"
            + " p.currency, p.amount"
            + FROM,
        where(q),
        "p.receivedOn",
        "p.id",
        params(q),
        page -> {
          Map<Long, Object[]> orders =
              orders(page.stream().map(r -> (Long) r[1]).distinct().toList());
          for (Object[] r : page) {
            Object[] o = orders.getOrDefault((Long) r[1], new Object[3]);
            sink.accept(
                new Object[] {
                  r[0],
                  o[0],
                  o[1],
                  o[2],
                  String.valueOf(r[2]),
                  String.valueOf(r[3]),
                  r[4],
                  r[5],
                  amount(r[6])
                });
          }
        });
  }

  /** Number, invoice number and customer of the orders paid, by id (one query per page). */
  private Map<Long, Object[]> orders(List<Long> ids) {
    Map<Long, Object[]> out = new HashMap<>();
    for (Object[] o :
        db.em()
            .createQuery(
                "SELECT o.id, o.number, o.invoiceNumber, o.customerName FROM Order o WHERE o.id IN"
                    + " :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      out.put((Long) o[0], new Object[] {o[1], o[2], o[3]});
    }
    return out;
  }

  @Override
  public long count(RegisterQuery q) {
    var c = db.em().createQuery("SELECT COUNT(p)" + FROM + " WHERE " + where(q), Long.class);
    params(q).forEach(c::setParameter);
    return c.getSingleResult();
  }

  @Override
  public List<Object[]> summary(RegisterQuery q) {
    var t =
        db.em()
            .createQuery(
                "SELECT p.currency, p.method, SUM(p.amount)"
                    + FROM
                    + " WHERE "
                    + where(q)
                    + " GROUP BY p.currency, p.method ORDER BY p.currency, p.method",
                Object[].class);
    params(q).forEach(t::setParameter);
    List<Object[]> rows = new ArrayList<>();
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (Object[] r : t.getResultList()) {
      BigDecimal amount = amount(r[2]);
      rows.add(new Object[] {String.valueOf(r[1]), r[0], amount});
      totals.merge((String) r[0], amount, BigDecimal::add);
    }
    totals.forEach((c, a) -> rows.add(new Object[] {"TOTAL", c, a}));
    return rows;
  }

  private static BigDecimal amount(Object v) {
    return v == null
        ? BigDecimal.ZERO.setScale(2)
        : ((BigDecimal) v).setScale(2, RoundingMode.HALF_UP);
  }
}
