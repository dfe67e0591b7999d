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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The invoice register: every invoice and credit note issued in the period, credit notes as
 * negative amounts, with a VAT summary by rate and a total per currency.
 */
@ApplicationScoped
public class InvoiceRegister implements Register {
  static final String FROM_INVOICES = " FROM Invoice i";

  @Inject TenantDatabase db;

  @Override
  public String name() {
    return "invoices";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        text("number"),
        code("kind"),
        date("date"),
        text("customer"),
        text("vatId"),
        text("orders"),
        text("currency"),
        rate("vatRate"),
        money("net"),
        money("vat"),
        money("gross"),
        code("paid"));
  }

  @Override
  public List<Field> summaryFields() {
    return List.of(
        code("label"),
        text("currency"),
        rate("vatRate"),
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
    KeysetScan.stream(
        db.em(),
        "SELECT i.issuedAt, i.id, i.number, i.kind, i.customerName, i.customerCompany,"
            + " i.customerVatId, i.orderNumbers, i.currency, i.vatRate, i.vatAmount, i.total,"
            + " i.paid, i.issuedAt"
            + FROM_INVOICES,
        InvoiceFilters.where(q),
        "i.issuedAt",
        "i.id",
        InvoiceFilters.params(q),
        r -> {
          boolean credit = r[1] == DocKind.CREDIT_NOTE;
          BigDecimal vat = signed((BigDecimal) r[8], credit);
          BigDecimal gross = signed((BigDecimal) r[9], credit);
          sink.accept(
              new Object[] {
                r[0],
                String.valueOf(r[1]),
                q.day((Instant) r[11]),
                InvoiceFilters.customer((String) r[2], (String) r[3]),
                r[4],
                r[5],
                r[6],
                r[7],
                gross.subtract(vat),
                vat,
                gross,
                credit ? null : (Boolean.TRUE.equals(r[10]) ? "PAID" : "UNPAID")
              });
        });
  }

  @Override
  public long count(RegisterQuery q) {
    return InvoiceFilters.count(db.em(), q, InvoiceFilters.where(q));
  }

  @Override
  public List<Object[]> summary(RegisterQuery q) {
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> byRate =
        InvoiceFilters.totals(db.em(), q, InvoiceFilters.where(q), "i.currency, i.vatRate");
    for (Object[] r : byRate) {
      rows.add(
          new Object[] {
            InvoiceFilters.rateLabel((BigDecimal) r[1]) + " · " + r[0], r[0], r[1], r[2], r[3], r[4]
          });
    }
    for (Object[] t : InvoiceFilters.currencyTotals(byRate)) {
      rows.add(new Object[] {"TOTAL", t[0], null, t[1], t[2], t[3]});
    }
    return rows;
  }

  static BigDecimal signed(BigDecimal v, boolean negative) {
    BigDecimal x = v == null ? BigDecimal.ZERO : v;
    return negative ? x.negate() : x;
  }
}
