package com.orderpool.invoicing.control;

import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.invoicing.entity.Invoice.DocNumber;
import com.orderpool.orders.control.SequenceCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Draws gap-free invoice and credit-note numbers in the tenant's formats ({@link
 * InvoiceSettings#numberFormat}): one counter row per series, locked ({@code SELECT … FOR UPDATE})
 * until the issuing transaction ends, so a rolled-back document gives its number back and no two
 * documents share one.
 */
@ApplicationScoped
public class DocumentNumbering {
  @Inject InvoiceSettings settings;
  @Inject SequenceCounters counters;
  @Inject Clock clock;
  @Inject ZoneId zone;

  public DocNumber next(DocKind kind) {
    DocNumberFormat format = DocNumberFormat.parse(settings.numberFormat(kind));
    LocalDate today = LocalDate.now(clock.withZone(zone));
    String series = format.series(today);
    String name = (kind == DocKind.INVOICE ? "inv:" : "cn:") + series;
    long seq = counters.drawCreating(name);
    return new DocNumber(series, seq, format.format(seq, today));
  }
}
