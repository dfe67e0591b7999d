package com.orderpool.reports.control;

import com.orderpool.core.RegisterQuery;
import com.orderpool.notifications.control.TeamMails;
import com.orderpool.notifications.entity.MailAttachment;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.reports.entity.Frequency;
import com.orderpool.reports.entity.ReportSubscription;
import com.orderpool.tenancy.Roles;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Sends the current tenant's due report subscriptions. Each one goes in a transaction of its own:
 * the claim of its period, the report and its e-mail in the outbox commit together or not at all,
 * so a crash neither loses a report (the claim rolls back and the next run sends it) nor sends one
 * twice (the claim is one conditional UPDATE that a second node finds already done). Only the
 * latest whole period is sent; periods missed while no node ran are not caught up.
 */
@Stateless
public class SubscriptionDelivery {
  private static final Logger LOG = Logger.getLogger(SubscriptionDelivery.class.getName());

  /** Who may still receive reports: the roles that may read them. */
  static final Set<String> READERS = Set.of(Roles.TENANT_ADMIN, Roles.ACCOUNTANT);

  @Inject SubscriptionStore store;
  @Inject RegisterReports reports;
  @Inject TeamMails mails;
  @Inject TenantDirectory directory;
  @Inject TenantDatabase db;
  @Inject ZoneId zone;

  /**
   * The ids of the subscriptions that have a period due as of {@code now}, read in a transaction of
   * its own (the timer goes from tenant to tenant, and a transaction belongs to one tenant).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<Long> ids = new ArrayList<>();
    for (Frequency f : Frequency.values()) {
      ids.addAll(store.behind(f, DuePeriods.previous(f, today).key()));
    }
    return ids;
  }

  /**
   * Sends one subscription's due period, if this node claims it and its subscriber may still read
   * reports; returns whether it was queued.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliver(long id, Instant now) {
    Optional<ReportSubscription> found = store.find(id);
    if (found.isEmpty()) {
      return false;
    }
    ReportSubscription s = found.get();
    DuePeriods.Period period =
        DuePeriods.previous(s.getFrequency(), LocalDate.ofInstant(now, zone));
    if (!DuePeriods.isAfter(period.key(), s.getLastPeriod()) || !mayRead(s)) {
      return false;
    }
    if (!store.claim(id, period.key())) {
      return false;
    }
    queue(s, period, now);
    return true;
  }

  private boolean mayRead(ReportSubscription s) {
    boolean may =
        directory
            .activeRole(db.tenantCode(), s.getSubscriber())
            .filter(READERS::contains)
            .isPresent();
    if (!may) {
      LOG.fine(() -> "report subscription " + s.getId() + " held: subscriber may not read it");
    }
    return may;
  }

  /** Renders the report for the period and queues it to the subscriber. */
  private void queue(ReportSubscription s, DuePeriods.Period period, Instant now) {
    ReportFormat format = ReportFormat.valueOf(s.getFormat());
    String lang = s.getLanguage();
    RegisterQuery q =
        new RegisterQuery(period.from(), period.to(), null, s.getCurrency(), lang, zone, now);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    reports.write(s.getReport(), format, q, s.getSubscriber(), file);
    RegisterTexts texts = reports.texts(s.getReport(), lang);
    String fileName = texts.fileName(q, format);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("title", texts.title());
    report.put("period", PeriodLabels.of(period, lang));
    report.put("from", PeriodLabels.day(period.from(), lang));
    report.put("until", PeriodLabels.day(period.lastDay(), lang));
    report.put("format", format.name());
    report.put("fileName", fileName);
    mails.send(
        MailEvent.REPORT_DELIVERY,
        s.getSubscriber(),
        lang,
        Map.of("report", report),
        List.of(new MailAttachment(fileName, format.mediaType(), file.toByteArray())));
  }
}
