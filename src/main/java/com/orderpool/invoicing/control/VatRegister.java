package com.orderpool.invoicing.control;

import static com.orderpool.core.Register.Field.code;
import static com.orderpool.core.Register.Field.integer;
import static com.orderpool.core.Register.Field.money;
import static com.orderpool.core.Register.Field.rate;
import static com.orderpool.core.Register.Field.text;

import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The VAT summary: taxable base, VAT and gross by month, currency and rate, invoices minus credit
 * notes. Months follow the tenant's time zone (each month is its own query on the issue time, so no
 * database time-zone conversion is involved).
 */
@ApplicationScoped
public class VatRegister implements Register {
  private static final String BY = "i.currency, i.vatRate";

  @Inject TenantDatabase db;

  @Override
  public String name() {
    return "vat";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        text("month"),
        text("currency"),
        rate("vatRate"),
        integer("documents"),
        money("net"),
        money("vat"),
        money("gross"));
  }

  @Override
  public List<Field> summaryFields() {
    return List.of(
        code("label"),
        text("currency"),
        rate("vatRate"),
        integer("documents"),
        money("net"),
        money("vat"),
        money("gross"));
  }

  @Override
  public Set<RegisterQuery.Filter> filters() {
    return Set.of(RegisterQuery.Filter.CURRENCY);
  }

  @Override
  public void rows(RegisterQuery q, Consumer<Object[]> sink) {
    for (RegisterQuery.Month m : q.months()) {
      for (Object[] r :
          InvoiceFilters.totals(
              db.em(), InvoiceFilters.where(q), BY, InvoiceFilters.params(m.start(), m.end(), q))) {
        sink.accept(new Object[] {m.name(), r[0], r[1], r[5], r[2], r[3], r[4]});
      }
    }
  }

  @Override
  public long count(RegisterQuery q) {
    return (long) q.months().size() * 4;
  }

  @Override
  public List<Object[]> summary(RegisterQuery q) {
    List<Object[]> byRate = InvoiceFilters.totals(db.em(), q, InvoiceFilters.where(q), BY);
    List<Object[]> rows = new ArrayList<>();
    long[] docs = new long[1];
    for (Object[] r : byRate) {
      rows.add(
          new Object[] {
            InvoiceFilters.rateLabel((BigDecimal) r[1]), r[0], r[1], r[5], r[2], r[3], r[4]
          });
    }
    for (Object[] t : InvoiceFilters.currencyTotals(byRate)) {
      docs[0] = byRate.stream().filter(r -> t[0].equals(r[0])).mapToLong(r -> (Long) r[5]).sum();
      rows.add(new Object[] {"TOTAL", t[0], null, docs[0], t[1], t[2], t[3]});
    }
    return rows;
  }
}
