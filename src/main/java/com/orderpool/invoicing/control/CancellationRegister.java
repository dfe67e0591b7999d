package com.orderpool.invoicing.control;

import static com.orderpool.core.Register.Field.code;
import static com.orderpool.core.Register.Field.date;
import static com.orderpool.core.Register.Field.integer;
import static com.orderpool.core.Register.Field.money;
import static com.orderpool.core.Register.Field.text;

import com.orderpool.core.KeysetScan;
import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cancelled orders in the period (by the day they were cancelled): the order's total, what had been
 * paid, the cancellation fee charged and the credit notes issued for it.
 */
@ApplicationScoped
public class CancellationRegister implements Register {
  private static final String WHERE =
      "o.cancelledAt IS NOT NULL AND o.cancelledAt >= :start AND o.cancelledAt < :end";

  @Inject TenantDatabase db;

  @Override
  public String name() {
    return "cancellations";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        text("order"),
        text("customer"),
        date("cancelled"),
        text("reason"),
        text("currency"),
        money("total"),
        money("paid"),
        money("fee"),
        money("credit"),
        text("creditNotes"));
  }

  @Override
  public List<Field> summaryFields() {
    return List.of(
        code("label"),
        text("currency"),
        integer("orders"),
        money("total"),
        money("paid"),
        money("fee"),
        money("credit"));
  }

  @Override
  public Set<RegisterQuery.Filter> filters() {
    return Set.of(RegisterQuery.Filter.CURRENCY);
  }

  private static String where(RegisterQuery q) {
    return WHERE + (q.currency() == null ? "" : " AND o.currency = :currency");
  }

  @Override
  public void rows(RegisterQuery q, Consumer<Object[]> sink) {
    KeysetScan.pages(
        db.em(),
        "SELECT o.cancelledAt, o.id, o.id, o.number, o.customerName, o.customerCompany,"
            + " o.cancelledAt, o.cancelReason, o.currency, o.total, o.amountPaid, o.cancelFee"
            + " FROM Order o",
        where(q),
        "o.cancelledAt",
        "o.id",
        InvoiceFilters.params(q),
        page -> flush(q, page, sink));
  }

  /** Adds the credit notes of a page of orders (one query per page) and passes the rows on. */
  private void flush(RegisterQuery q, List<Object[]> page, Consumer<Object[]> sink) {
    Map<Long, Object[]> credits = creditsOf(page.stream().map(r -> (Long) r[0]).toList());
    for (Object[] r : page) {
      Object[] c = credits.getOrDefault((Long) r[0], new Object[] {BigDecimal.ZERO, null});
      sink.accept(
          new Object[] {
            r[1],
            InvoiceFilters.customer((String) r[2], (String) r[3]),
            q.day((Instant) r[4]),
            r[5],
            r[6],
            InvoiceFilters.money(r[7]),
            InvoiceFilters.money(r[8]),
            InvoiceFilters.money(r[9]),
            InvoiceFilters.money(c[0]),
            c[1]
          });
    }
  }

  /** Per order id: the total credited and the credit notes' numbers. */
  private Map<Long, Object[]> creditsOf(List<Long> orderIds) {
    Map<Long, Object[]> out = new HashMap<>();
    for (Object[] n :
        db.em()
            .createQuery(
                "SELECT i.orderId, i.number, i.total FROM Invoice i WHERE i.kind = :kind AND"
                    + " i.orderId IN :ids ORDER BY i.id",
                Object[].class)
            .setParameter("kind", DocKind.CREDIT_NOTE)
            .setParameter("ids", orderIds)
            .getResultList()) {
      Object[] c = out.computeIfAbsent((Long) n[0], k -> new Object[] {BigDecimal.ZERO, null});
      c[0] = ((BigDecimal) c[0]).add((BigDecimal) n[2]);
      c[1] = c[1] == null ? n[1] : c[1] + ", " + n[1];
    }
    return out;
  }

  @Override
  public long count(RegisterQuery q) {
    var c = db.em().createQuery("SELECT COUNT(o) FROM Order o WHERE " + where(q), Long.class);
    InvoiceFilters.params(q).forEach(c::setParameter);
    return c.getSingleResult();
  }

  @Override
  public List<Object[]> summary(RegisterQuery q) {
    Map<String, Object[]> sums = new LinkedHashMap<>();
    rows(
        q,
        r -> {
          Object[] s =
              sums.computeIfAbsent(
                  (String) r[4],
                  c ->
                      new Object[] {
                        "TOTAL",
                        c,
                        0L,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO
                      });
          s[2] = (Long) s[2] + 1;
          for (int k = 0; k < 4; k++) {
            s[3 + k] = ((BigDecimal) s[3 + k]).add((BigDecimal) r[5 + k]);
          }
        });
    return new ArrayList<>(sums.values());
  }
}
