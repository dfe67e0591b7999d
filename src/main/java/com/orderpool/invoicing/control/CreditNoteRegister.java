package com.orderpool.invoicing.control;

import static com.orderpool.core.Register.Field.code;
import static com.orderpool.core.Register.Field.date;
import static com.orderpool.core.Register.Field.money;
import static com.orderpool.core.Register.Field.rate;
import static com.orderpool.core.Register.Field.text;

import com.orderpool.core.KeysetScan;
import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The credit-note register: every credit note issued in the period with the invoice it credits and
 * how it was settled (refunded, kept as customer credit, or still open), totals per settlement.
 */
@ApplicationScoped
public class CreditNoteRegister implements Register {
  @Inject TenantDatabase db;

  @Override
  public String name() {
    return "credit-notes";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        text("number"),
        date("date"),
        text("customer"),
        text("credits"),
        text("orders"),
        text("currency"),
        rate("vatRate"),
        money("net"),
        money("vat"),
        money("gross"),
        code("settlement"),
        date("settled"));
  }

  @Override
  public List<Field> summaryFields() {
    return List.of(code("label"), text("currency"), money("net"), money("vat"), money("gross"));
  }

  @Override
  public Set<RegisterQuery.Filter> filters() {
    return Set.of(RegisterQuery.Filter.CURRENCY);
  }

  private static String where(RegisterQuery q) {
    return InvoiceFilters.where(q) + " AND i.kind = :kind";
  }

  private static Map<String, Object> params(RegisterQuery q) {
    Map<String, Object> p = InvoiceFilters.params(q);
    p.put("kind", DocKind.CREDIT_NOTE);
    return p;
  }

  @Override
  public void rows(RegisterQuery q, Consumer<Object[]> sink) {
    KeysetScan.pages(
        db.em(),
        "SELECT i.issuedAt, i.id, i.number, i.customerName, i.customerCompany,"
            + " i.creditedInvoiceId, i.orderNumbers, i.currency, i.vatRate, i.vatAmount, i.total,"
            + " i.settlement, i.settledAt, i.issuedAt FROM Invoice i",
        where(q),
        "i.issuedAt",
        "i.id",
        params(q),
        page -> {
          Map<Long, String> credited =
              InvoiceFilters.numbers(
                  db.em(), page.stream().map(r -> (Long) r[3]).filter(Objects::nonNull).toList());
          for (Object[] r : page) {
            BigDecimal vat = InvoiceFilters.money(r[7]);
            BigDecimal gross = InvoiceFilters.money(r[8]);
            sink.accept(
                new Object[] {
                  r[0],
                  q.day((Instant) r[11]),
                  InvoiceFilters.customer((String) r[1], (String) r[2]),
                  credited.get((Long) r[3]),
                  r[4],
                  r[5],
                  r[6],
                  gross.subtract(vat),
                  vat,
                  gross,
                  r[9] == null ? "OPEN" : String.valueOf(r[9]),
                  q.day((Instant) r[10])
                });
          }
        });
  }

  @Override
  public long count(RegisterQuery q) {
    TypedQuery<Long> c =
        db.em().createQuery("SELECT COUNT(i) FROM Invoice i WHERE " + where(q), Long.class);
    params(q).forEach(c::setParameter);
    return c.getSingleResult();
  }

  @Override
  public List<Object[]> summary(RegisterQuery q) {
    TypedQuery<Object[]> t =
        db.em()
            .createQuery(
                "SELECT i.currency, i.settlement, SUM(i.total - i.vatAmount), SUM(i.vatAmount),"
                    + " SUM(i.total) FROM Invoice i WHERE "
                    + where(q)
                    + " GROUP BY i.currency, i.settlement ORDER BY i.currency, i.settlement",
                Object[].class);
    params(q).forEach(t::setParameter);
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> byCurrency = new ArrayList<>();
    for (Object[] r : t.getResultList()) {
      Object[] money = {
        r[0],
        null,
        InvoiceFilters.money(r[2]),
        InvoiceFilters.money(r[3]),
        InvoiceFilters.money(r[4])
      };
      rows.add(
          new Object[] {
            r[1] == null ? "OPEN" : String.valueOf(r[1]), r[0], money[2], money[3], money[4]
          });
      byCurrency.add(money);
    }
    for (Object[] s : InvoiceFilters.currencyTotals(byCurrency)) {
      rows.add(new Object[] {"TOTAL", s[0], s[1], s[2], s[3]});
    }
    return rows;
  }
}
