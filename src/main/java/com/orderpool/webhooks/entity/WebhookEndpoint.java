package com.orderpool.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A URL of the tenant's that receives the events it subscribes to, signed with its secret. After a
 * rotation the previous secret signs too until its overlap ends. It disables itself when the
 * receiver answers 410 Gone or after a run of failed attempts; enabling it again starts afresh.
 * Paused, it keeps its deliveries waiting (due, never given up) until it is resumed, on every node.
 */
@Entity
@Table(name = "webhook_endpoint")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class WebhookEndpoint implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Why an endpoint went off by itself. */
  public static final String GONE = "GONE";

  public static final String FAILURES = "FAILURES";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String url;
  private String description;
  private String events;
  private String secret;

  @Column(name = "previous_secret")
  private String previousSecret;

  @Column(name = "previous_secret_until")
  private Instant previousSecretUntil;

  private boolean enabled;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "paused_by")
  private String pausedBy;

  @Column(name = "failure_run")
  private int failureRun;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected WebhookEndpoint() {}

  public WebhookEndpoint(
      String url,
      String description,
      Collection<WebhookEvent> events,
      String secret,
      String createdBy,
      Instant now) {
    change(url, description, events, true);
    this.secret = secret;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public final void change(
      String url, String description, Collection<WebhookEvent> events, boolean enabled) {
    this.url = url;
    this.description = description;
    this.events =
        events.stream()
            .distinct()
            .sorted()
            .map(WebhookEvent::type)
            .collect(Collectors.joining(","));
    if (enabled && !this.enabled) {
      this.failureRun = 0;
      this.disabledReason = null;
      this.disabledAt = null;
    }
    this.enabled = enabled;
  }

  public boolean subscribes(WebhookEvent event) {
    return enabled && !event.isPartnerEvent() && getEvents().contains(event);
  }

  /** A new secret signs from now on; the old one keeps signing too for {@code overlap}. */
  public void rotate(String newSecret, Instant now, Duration overlap) {
    previousSecret = overlap.isZero() ? null : secret;
    previousSecretUntil = overlap.isZero() ? null : now.plus(overlap);
    secret = newSecret;
  }

  /** The secrets that sign a message sent at {@code now}: the current one first. */
  public List<String> signingSecrets(Instant now) {
    List<String> secrets = new ArrayList<>(List.of(secret));
    if (previousSecret != null
        && previousSecretUntil != null
        && now.isBefore(previousSecretUntil)) {
      secrets.add(previousSecret);
    }
    return secrets;
  }

  public boolean isInOverlap(Instant now) {
    return signingSecrets(now).size() > 1;
  }

  /** Holds deliveries back until {@link #resume}; false when it was paused already. */
  public boolean pause(String actor, Instant now) {
    if (pausedAt != null) {
      return false;
    }
    pausedAt = now;
    pausedBy = actor;
    return true;
  }

  /** Lets the waiting deliveries go; false when it was not paused. */
  public boolean resume() {
    if (pausedAt == null) {
      return false;
    }
    pausedAt = null;
    pausedBy = null;
    return true;
  }

  public boolean isPaused() {
    return pausedAt != null;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  public String getPausedBy() {
    return pausedBy;
  }

  public void succeeded() {
    failureRun = 0;
  }

  /**
   * Counts a failed attempt; true when this one switched the endpoint off ({@code limit} in a row).
   */
  public boolean failed(int limit, Instant now) {
    failureRun++;
    return enabled && failureRun >= limit && disable(FAILURES, now);
  }

  /** Switches the endpoint off (the receiver said 410 Gone, or too many failures). */
  public boolean disable(String reason, Instant now) {
    if (!enabled) {
      return false;
    }
    enabled = false;
    disabledReason = reason;
    disabledAt = now;
    return true;
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public String getDescription() {
    return description;
  }

  public List<WebhookEvent> getEvents() {
    if (events == null || events.isBlank()) {
      return List.of();
    }
    return Arrays.stream(events.split(","))
        .map(WebhookEvent::ofType)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  public String getEventTypes() {
    return events;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getDisabledReason() {
    return disabledReason;
  }

  public Instant getDisabledAt() {
    return disabledAt;
  }

  public int getFailureRun() {
    return failureRun;
  }

  public Instant getPreviousSecretUntil() {
    return previousSecretUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
