package com.orderpool.invoicing.control;

import com.orderpool.core.Config;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.invoicing.entity.Invoice.DocNumber;
import com.orderpool.orders.entity.SequenceCounter;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
  private static final ZoneId ZONE = ZoneId.of(Config.get("orderpool.timezone", "UTC"));

  @Inject TenantDatabase db;
  @Inject TenantSettings settings;
  @Inject CounterRows rows;
  @Inject Clock clock;

  public DocNumber next(DocKind kind) {
    DocNumberFormat format = DocNumberFormat.parse(formatOf(kind));
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    String series = format.series(today);
    String name = (kind == DocKind.INVOICE ? "inv:" : "cn:") + series;
    if (!exists(name)) {
      // created in its own transaction: a locking read of a missing row here would take a gap
      // lock that the creating transaction then waits for
      try {
        rows.ensure(name);
      } catch (CounterRows.CounterRaced raced) {
        // created meanwhile by another transaction
      }
    }
    SequenceCounter counter = lock(name);
    long seq = counter.draw();
    return new DocNumber(series, seq, format.format(seq, today));
  }

  public String formatOf(DocKind kind) {
    return kind == DocKind.INVOICE
        ? settings.get(INVOICE_FORMAT).filter(s -> !s.isBlank()).orElse(DEFAULT_INVOICE)
        : settings.get(CREDIT_FORMAT).filter(s -> !s.isBlank()).orElse(DEFAULT_CREDIT);
  }

  private boolean exists(String name) {
    return db.em()
            .createQuery("SELECT COUNT(c) FROM SequenceCounter c WHERE c.name = :n", Long.class)
            .setParameter("n", name)
            .getSingleResult()
        > 0;
  }

  private SequenceCounter lock(String name) {
    return db.em().find(SequenceCounter.class, name, LockModeType.PESSIMISTIC_WRITE);
  }
}
