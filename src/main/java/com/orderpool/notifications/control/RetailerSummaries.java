package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.control.CommissionFigures;
import com.orderpool.orders.control.RetailerDirectory;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantSchema;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The monthly summary of the current tenant's retailers: for a month, each active retailer with an
 * e-mail address gets its orders placed and cancelled in that month with its commission (the {@code
 * retailer_summary} e-mail, mandatory, in the tenant's language). The month is claimed per tenant
 * in the same transaction as the e-mails are queued, so a cluster (or a second run) sends it once,
 * and a failure rolls the claim back for the next run.
 */
@Stateless
public class RetailerSummaries {
  /** The most orders (and cancellations) one e-mail lists; the totals count them all. */
  static final int MAX_LISTED = 500;

  @Inject RetailerDirectory retailers;
  @Inject CommissionFigures figures;
  @Inject Outbox outbox;
  @Inject MailTemplates templates;
  @Inject MailSettings settings;
  @Inject TenantDatabase db;
  @Inject com.orderpool.platform.control.TenantDirectory tenants;
  @Inject ZoneId zone;
  @Inject Clock clock;

  /**
   * Queues the summaries of {@code month} unless they were sent already; returns how many were
   * queued (0 when another run has the month).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int send(YearMonth month) {
    if (!claim(month)) {
      return 0;
    }
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    String language = settings.language();
    String code = db.tenantCode();
    Map<String, Object> company = Map.of("name", tenants.name(code), "code", code);
    int sent = 0;
    for (Retailer r : retailers.all()) {
      if (r.isRetired() || r.getEmail() == null) {
        continue;
      }
      List<Order> placed = figures.placed(r.getId(), start, end, MAX_LISTED);
      List<Order> cancelled = figures.cancelled(r.getId(), start, end, MAX_LISTED);
      List<RetailerSummaryModel.Figures> totals =
          figures.lines(start, end, r.getId(), null).stream()
              .map(l -> new RetailerSummaryModel.Figures(l.currency(), l.tally()))
              .toList();
      Map<String, Object> model =
          new java.util.HashMap<>(
              new RetailerSummaryModel(language, zone).of(r, month, placed, cancelled, totals));
      model.put("company", company);
      outbox.enqueue(
          MailEvent.RETAILER_SUMMARY,
          r.getEmail(),
          language,
          templates.render(MailEvent.RETAILER_SUMMARY, language, model),
          null,
          List.of());
      sent++;
    }
    return sent;
  }

  /**
   * Claims the month for the tenant: one insert that a second node or run finds done (it waits for
   * the first one's row lock, then inserts nothing).
   */
  private boolean claim(YearMonth month) {
    return db.em()
            .createNativeQuery(
                "INSERT IGNORE INTO `"
                    + TenantSchema.of(db.tenantCode())
                    + "`.retailer_summary_run (period, claimed_at) VALUES (?, ?)")
            .setParameter(1, month.toString())
            .setParameter(2, clock.instant())
            .executeUpdate()
        == 1;
  }
}
