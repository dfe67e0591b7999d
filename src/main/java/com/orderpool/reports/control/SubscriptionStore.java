package com.orderpool.reports.control;

import com.orderpool.reports.entity.Frequency;
import com.orderpool.reports.entity.ReportSubscription;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The current tenant's report subscriptions: lookups and the claim of a delivery. */
@ApplicationScoped
public class SubscriptionStore {
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject ZoneId zone;

  /** A person's subscriptions, oldest first. */
  public List<ReportSubscription> of(String subscriber) {
    return db.em()
        .createQuery(
            "SELECT s FROM ReportSubscription s WHERE s.subscriber = :who ORDER BY s.id",
            ReportSubscription.class)
        .setParameter("who", subscriber)
        .getResultList();
  }

  public Optional<ReportSubscription> find(long id) {
    return Optional.ofNullable(db.em().find(ReportSubscription.class, id));
  }

  /** The subscription with this key, if the person already has it. */
  public Optional<ReportSubscription> find(
      String subscriber, String report, String format, Frequency frequency) {
    return db.em()
        .createQuery(
            "SELECT s FROM ReportSubscription s WHERE s.subscriber = :who AND s.report = :r"
                + " AND s.format = :f AND s.frequency = :q",
            ReportSubscription.class)
        .setParameter("who", subscriber)
        .setParameter("r", report)
        .setParameter("f", format)
        .setParameter("q", frequency)
        .getResultStream()
        .findFirst();
  }

  /** Every subscription of a frequency whose last period sent is before {@code period}. */
  public List<Long> behind(Frequency frequency, String period) {
    return db.em()
        .createQuery(
            "SELECT s.id FROM ReportSubscription s WHERE s.frequency = :q"
                + " AND (s.lastPeriod IS NULL OR s.lastPeriod < :p) ORDER BY s.id",
            Long.class)
        .setParameter("q", frequency)
        .setParameter("p", period)
        .getResultList();
  }

  /**
   * Claims the delivery of {@code period}: moves the subscription's last period forward only if it
   * is still older. True when this transaction won (one row updated); another node that claims the
   * same period waits for the row lock and then updates nothing.
   */
  public boolean claim(long id, String period) {
    return db.em()
            .createQuery(
                "UPDATE ReportSubscription s SET s.lastPeriod = :p, s.version = s.version + 1"
                    + " WHERE s.id = :id AND (s.lastPeriod IS NULL OR s.lastPeriod < :p)")
            .setParameter("p", period)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  /**
   * Adds a subscription (written at once, so a duplicate fails here on the unique key). The period
   * due today counts as sent: the first report goes out at the next period boundary, not at once
   * for a period half over.
   */
  public ReportSubscription create(
      String subscriber,
      String report,
      ReportFormat format,
      Frequency frequency,
      String language,
      String currency,
      String actor) {
    Instant now = clock.instant();
    ReportSubscription s =
        new ReportSubscription(
            subscriber,
            report,
            format.name(),
            frequency,
            language,
            currency,
            DuePeriods.previous(frequency, LocalDate.ofInstant(now, zone)).key(),
            actor,
            now);
    db.em().persist(s);
    db.em().flush();
    return s;
  }

  public void remove(ReportSubscription s) {
    db.em().remove(s);
  }
}
