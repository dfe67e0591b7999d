package com.orderpool.orders.control;

import static com.orderpool.core.Register.Field.code;
import static com.orderpool.core.Register.Field.date;
import static com.orderpool.core.Register.Field.integer;
import static com.orderpool.core.Register.Field.money;
import static com.orderpool.core.Register.Field.text;

import com.orderpool.core.KeysetScan;
import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Work in progress: the orders in production now whose production started in the period, with their
 * days in production (from the start of production to today) and ageing bucket.
 */
@ApplicationScoped
public class WipRegister implements Register {
  @Inject TenantDatabase db;

  @Override
  public String name() {
    return "wip";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        text("order"),
        text("customer"),
        text("model"),
        code("type"),
        text("status"),
        date("started"),
        integer("days"),
        code("bucket"),
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

  private static String where(RegisterQuery q) {
    return "o.phase = :phase AND " + OrderRegisterQueries.where(q, "o.wipStartAt");
  }

  private static Map<String, Object> params(RegisterQuery q) {
    Map<String, Object> p = OrderRegisterQueries.params(q);
    p.put("phase", Phase.IN_PRODUCTION);
    return p;
  }

  @Override
  public void rows(RegisterQuery q, Consumer<Object[]> sink) {
    LocalDate today = q.today();
    KeysetScan.stream(
        db.em(),
        "SELECT o.wipStartAt, o.id, o.wipStartAt, o.number, o.customerName, o.customerCompany,"
            + " o.model, o.type, "
            + OrderRegisterQueries.statusName(q)
            + ", o.currency, o.total"
            + OrderRegisterQueries.FROM,
        where(q),
        "o.wipStartAt",
        "o.id",
        params(q),
        r -> {
          LocalDate started = q.day((Instant) r[0]);
          long days = Math.max(0, ChronoUnit.DAYS.between(started, today));
          sink.accept(
              new Object[] {
                r[1],
                OrderRegisterQueries.customer((String) r[2], (String) r[3]),
                r[4],
                String.valueOf(r[5]),
                r[6],
                started,
                days,
                bucket(days),
                r[7],
                OrderRegisterQueries.money(r[8])
              });
        });
  }

  /** The ageing bucket of a number of days in production. */
  static String bucket(long days) {
    if (days <= 7) {
      return "D0_7";
    }
    if (days <= 14) {
      return "D8_14";
    }
    return days <= 30 ? "D15_30" : "D30_PLUS";
  }

  @Override
  public long count(RegisterQuery q) {
    var c =
        db.em()
            .createQuery(
                "SELECT COUNT(o)" + OrderRegisterQueries.FROM + " WHERE " + where(q), Long.class);
    params(q).forEach(c::setParameter);
    return c.getSingleResult();
  }

  @Override
  public List<Object[]> summary(RegisterQuery q) {
    return OrderRegisterQueries.byBucket(
        List.of("D0_7", "D8_14", "D15_30", "D30_PLUS"), sink -> rows(q, sink), 7, 8, 9);
  }
}
