package com.orderpool.orders.control;

import static com.orderpool.core.Register.Field.code;
import static com.orderpool.core.Register.Field.date;
import static com.orderpool.core.Register.Field.integer;
import static com.orderpool.core.Register.Field.money;
import static com.orderpool.core.Register.Field.text;

import com.orderpool.core.KeysetScan;
import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Receivables: orders placed in the period that are unpaid or partly paid and still live (not
 * cancelled, failed or refunded), with their invoice, age in days since they were placed, ageing
 * bucket and what is still owed.
 */
@ApplicationScoped
public class ReceivablesRegister implements Register {
  static final List<String> BUCKETS = List.of("D0_30", "D31_60", "D61_90", "D90_PLUS");

  @Inject TenantDatabase db;

  @Override
  public String name() {
    return "receivables";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        text("order"),
        text("invoice"),
        text("customer"),
        date("created"),
        integer("age"),
        code("bucket"),
        code("paymentStatus"),
        text("currency"),
        money("total"),
        money("paid"),
        money("outstanding"));
  }

  @Override
  public List<Field> summaryFields() {
    return List.of(code("label"), text("currency"), integer("orders"), money("outstanding"));
  }

  @Override
  public Set<RegisterQuery.Filter> filters() {
    return Set.of(RegisterQuery.Filter.STATUS, RegisterQuery.Filter.CURRENCY);
  }

  private static String where(RegisterQuery q) {
    return "o.paymentStatus IN :open AND o.phase NOT IN :ended AND "
        + OrderRegisterQueries.where(q, "o.createdAt");
  }

  private static Map<String, Object> params(RegisterQuery q) {
    Map<String, Object> p = OrderRegisterQueries.params(q);
    p.put("open", List.of(PaymentStatus.UNPAID, PaymentStatus.PARTIALLY_PAID));
    p.put("ended", List.of(Phase.CANCELLED, Phase.FAILED, Phase.REFUNDED));
    return p;
  }

  @Override
  public void rows(RegisterQuery q, Consumer<Object[]> sink) {
    LocalDate today = q.today();
    KeysetScan.stream(
        db.em(),
        "SELECT o.createdAt, o.id, o.createdAt, o.number, o.invoiceNumber, o.customerName,"
            + " o.customerCompany, o.paymentStatus, o.currency, o.total, o.amountPaid"
            + OrderRegisterQueries.FROM,
        where(q),
        "o.createdAt",
        "o.id",
        params(q),
        r -> {
          LocalDate created = q.day((Instant) r[0]);
          long age = Math.max(0, ChronoUnit.DAYS.between(created, today));
          BigDecimal total = OrderRegisterQueries.money(r[7]);
          BigDecimal paid = OrderRegisterQueries.money(r[8]);
          BigDecimal owed = total.subtract(paid);
          sink.accept(
              new Object[] {
                r[1],
                r[2],
                OrderRegisterQueries.customer((String) r[3], (String) r[4]),
                created,
                age,
                bucket(age),
                String.valueOf(r[5]),
                r[6],
                total,
                paid,
                owed.signum() < 0 ? BigDecimal.ZERO.setScale(2) : owed
              });
        });
  }

  /** The ageing bucket of a receivable's age in days. */
  static String bucket(long age) {
    if (age <= 30) {
      return "D0_30";
    }
    if (age <= 60) {
      return "D31_60";
    }
    return age <= 90 ? "D61_90" : "D90_PLUS";
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
    return OrderRegisterQueries.byBucket(BUCKETS, sink -> rows(q, sink), 5, 7, 10);
  }
}
