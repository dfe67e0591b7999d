package com.orderpool.invoicing.control;

import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.invoicing.entity.Invoice.DocNumber;
import com.orderpool.orders.control.SequenceCounters;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Draws gap-free invoice and credit-note numbers: one counter row per series, locked ({@code SELECT
 * … FOR UPDATE}) until the issuing transaction ends, so a rolled-back document gives its number
 * back and no two documents share one.
 */
@ApplicationScoped
public class DocumentNumbering {
  public static final String INVOICE_FORMAT = "invoice.number-format";
  public static final String CREDIT_FORMAT = "credit-note.number-format";
  public static final String DEFAULT_INVOICE = "INV-{yyyy}-{seq:6}";
  public static final String DEFAULT_CREDIT = "CN-{yyyy}-{seq:6}";

  @Inject TenantSettings settings;
  @Inject SequenceCounters counters;
  @Inject Clock clock;
  @Inject ZoneId zone;

  public DocNumber next(DocKind kind) {
    DocNumberFormat format = DocNumberFormat.parse(formatOf(kind));
    LocalDate today = LocalDate.now(clock.withZone(zone));
    String series = format.series(today);
    String name = (kind == DocKind.INVOICE ? "inv:" : "cn:") + series;
    long seq = counters.drawCreating(name);
    return new DocNumber(series, seq, format.format(seq, today));
  }

  public String formatOf(DocKind kind) {
    return kind == DocKind.INVOICE
        ? settings.get(INVOICE_FORMAT).filter(s -> !s.isBlank()).orElse(DEFAULT_INVOICE)
        : settings.get(CREDIT_FORMAT).filter(s -> !s.isBlank()).orElse(DEFAULT_CREDIT);
  }
}
