package com.orderpool.orders.control;

import static com.orderpool.core.Register.Field.code;
import static com.orderpool.core.Register.Field.date;
import static com.orderpool.core.Register.Field.integer;
import static com.orderpool.core.Register.Field.money;
import static com.orderpool.core.Register.Field.text;

import com.orderpool.core.KeysetScan;
import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The orders register: every order placed in the period, by month, with its status, phase, type,
 * channel and total; the summary counts and totals them by month, phase, status, type and channel.
 */
@ApplicationScoped
public class OrderRegister implements Register {
  @Inject TenantDatabase db;

  @Override
  public String name() {
    return "orders";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        text("month"),
        text("order"),
        date("created"),
        text("customer"),
        text("status"),
        code("phase"),
        code("type"),
        code("channel"),
        text("currency"),
        money("total"));
  }

  @Override
  public List<Field> summaryFields() {
    return List.of(code("label"), text("currency"), integer("orders"), money("total"));
  }

  @Override
  public Set<RegisterQuery.Filter> filters() {
    return Set.of(RegisterQuery.Filter.STATUS, RegisterQuery.Filter.CURRENCY);
  }

  @Override
  public void rows(RegisterQuery q, Consumer<Object[]> sink) {
    KeysetScan.stream(
        db.em(),
        "SELECT o.createdAt, o.id, o.createdAt, o.number, o.customerName, o.customerCompany, "
            + OrderRegisterQueries.statusName(q)
            + ", o.phase, o.type, o.channel, o.currency, o.total"
            + OrderRegisterQueries.FROM,
        OrderRegisterQueries.where(q, "o.createdAt"),
        "o.createdAt",
        "o.id",
        OrderRegisterQueries.params(q),
        r -> {
          var day = q.day((Instant) r[0]);
          sink.accept(
              new Object[] {
                day.toString().substring(0, 7),
                r[1],
                day,
                OrderRegisterQueries.customer((String) r[2], (String) r[3]),
                r[4],
                String.valueOf(r[5]),
                String.valueOf(r[6]),
                String.valueOf(r[7]),
                r[8],
                OrderRegisterQueries.money(r[9])
              });
        });
  }

  @Override
  public long count(RegisterQuery q) {
    var c =
        db.em()
            .createQuery(
                "SELECT COUNT(o)"
                    + OrderRegisterQueries.FROM
                    + " WHERE "
                    + OrderRegisterQueries.where(q, "o.createdAt"),
                Long.class);
    OrderRegisterQueries.params(q).forEach(c::setParameter);
    return c.getSingleResult();
  }

  /** By month, then by phase, status, type and channel, then the total per currency. */
  @Override
  public List<Object[]> summary(RegisterQuery q) {
    List<Object[]> rows = new ArrayList<>();
    for (RegisterQuery.Month m : q.months()) {
      Map<String, Object> p = OrderRegisterQueries.params(q);
      p.put("start", m.start());
      p.put("end", m.end());
      for (Object[] r : grouped(q, "o.currency", p)) {
        rows.add(new Object[] {m.name(), r[0], r[1], r[2]});
      }
    }
    // one pass over the period: the sums by phase, status, type and channel, and the totals, are
    // all roll-ups of its groups
    List<Object[]> groups =
        grouped(
            q,
            "o.phase, " + OrderRegisterQueries.statusName(q) + ", o.type, o.channel, o.currency",
            OrderRegisterQueries.params(q));
    for (int by = 0; by < 4; by++) {
      rows.addAll(rollUp(groups, by));
    }
    rows.addAll(rollUp(groups, -1));
    return rows;
  }

  /**
   * The groups' counts and totals summed by one of their keys (by label, then currency, as the
   * database sorts them), or into a TOTAL per currency ({@code by} &lt; 0). A group is [phase,
   * status, type, channel, currency, count, total].
   */
  static List<Object[]> rollUp(List<Object[]> groups, int by) {
    Collator collator = Collator.getInstance(Locale.ROOT);
    Map<List<String>, Object[]> sums =
        new TreeMap<>(
            Comparator.<List<String>, String>comparing(k -> k.get(0), collator)
                .thenComparing(k -> k.get(1)));
    for (Object[] g : groups) {
      String label = by < 0 ? "TOTAL" : String.valueOf(g[by]);
      String currency = (String) g[4];
      Object[] s =
          sums.computeIfAbsent(
              List.of(label, currency),
              k -> new Object[] {label, currency, 0L, BigDecimal.ZERO.setScale(2)});
      s[2] = (Long) s[2] + ((Number) g[5]).longValue();
      s[3] = ((BigDecimal) s[3]).add((BigDecimal) g[6]);
    }
    return new ArrayList<>(sums.values());
  }

  /** The grouping's values, then the number of orders and their total. */
  private List<Object[]> grouped(RegisterQuery q, String by, Map<String, Object> params) {
    var t =
        db.em()
            .createQuery(
                "SELECT "
                    + by
                    + ", COUNT(o), SUM(o.total)"
                    + OrderRegisterQueries.FROM
                    + " WHERE "
                    + OrderRegisterQueries.where(q, "o.createdAt")
                    + " GROUP BY "
                    + by
                    + " ORDER BY "
                    + by,
                Object[].class);
    params.forEach(t::setParameter);
    List<Object[]> out = new ArrayList<>();
    for (Object[] r : t.getResultList()) {
      Object[] x = r.clone();
      x[x.length - 1] = OrderRegisterQueries.money(r[r.length - 1]);
      out.add(x);
    }
    return out;
  }
}
