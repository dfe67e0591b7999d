package com.orderpool.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A person's standing order for a report: which report, in which format ({@code PDF}, {@code XLSX}
 * or {@code CSV}) and language, how often, and the last period sent. It belongs to its subscriber
 * (their sign-in e-mail) and to nobody else.
 */
@Entity
@Table(name = "report_subscription")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class ReportSubscription implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String subscriber;
  private String report;
  private String format;

  @Enumerated(EnumType.STRING)
  private Frequency frequency;

  private String language;
  private String currency;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  /** The last period sent, e.g. {@code 2026-11} or {@code 2026-W48}. */
  @Column(name = "last_period")
  private String lastPeriod;

  @Version private long version;

  protected ReportSubscription() {}

  /**
   * A new subscription; {@code lastPeriod} is the period due at creation, so the first report goes
   * out at the next period boundary rather than at once for a period half over.
   */
  public ReportSubscription(
      String subscriber,
      String report,
      String format,
      Frequency frequency,
      String language,
      String currency,
      String lastPeriod,
      String actor,
      Instant now) {
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.report = Objects.requireNonNull(report, "report");
    this.format = Objects.requireNonNull(format, "format");
    this.frequency = Objects.requireNonNull(frequency, "frequency");
    this.language = Objects.requireNonNull(language, "language");
    this.currency = currency;
    this.lastPeriod = lastPeriod;
    this.createdBy = actor;
    this.createdAt = now;
  }

  /** Whether this is the given person's subscription. */
  public boolean isOwnedBy(String email) {
    return email != null && subscriber.equalsIgnoreCase(email);
  }

  public Long getId() {
    return id;
  }

  public String getSubscriber() {
    return subscriber;
  }

  public String getReport() {
    return report;
  }

  public String getFormat() {
    return format;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public String getLanguage() {
    return language;
  }

  public String getCurrency() {
    return currency;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getLastPeriod() {
    return lastPeriod;
  }

  public long getVersion() {
    return version;
  }
}
