package com.orderpool.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One event for one endpoint in the tenant's webhook outbox, written in the transaction of the
 * event and delivered by the relay after commit. Its message id (the {@code webhook-id} header)
 * stays the same on every attempt and on a replay.
 */
@Entity
@Table(name = "webhook_delivery")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class WebhookDelivery implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_ERROR = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "endpoint_id")
  private long endpointId;

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "event_type")
  private String eventType;

  /** The event's JSON object, as the body's {@code data}. */
  private String data;

  @Enumerated(EnumType.STRING)
  private DeliveryStatus status;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Version private long version;

  protected WebhookDelivery() {}

  /** A new delivery of an event's JSON object ({@code data}), due at once. */
  public WebhookDelivery(
      long endpointId, String messageId, WebhookEvent event, String data, Instant now) {
    this.endpointId = endpointId;
    this.messageId = messageId;
    this.eventType = event.type();
    this.data = data;
    this.status = DeliveryStatus.PENDING;
    // to the millisecond, which the database keeps: the body reads the same on every attempt
    this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.nextAttemptAt = now;
  }

  /**
   * The body sent, the same on every attempt and replay: {@code {"type", "timestamp", "sequence",
   * "data"}}. The sequence is the row's number: it grows with every delivery of the tenant, so a
   * receiver orders an endpoint's events by it (numbers may skip); no lock is needed to draw it.
   */
  public String body() {
    return "{\"type\":\""
        + eventType
        + "\",\"timestamp\":\""
        + createdAt
        + "\",\"sequence\":"
        + id
        + ",\"data\":"
        + data
        + "}";
  }

  /** A fresh message id: {@code msg_} and a random UUID. */
  public static String newMessageId() {
    return "msg_" + UUID.randomUUID().toString().replace("-", "");
  }

  public boolean isDue(Instant now) {
    return status == DeliveryStatus.PENDING && !nextAttemptAt.isAfter(now);
  }

  /**
   * Reserves the delivery for one attempt: nobody else picks it up before the lease ends. If the
   * node dies while sending, it is due again after the lease (and may arrive twice, with the same
   * webhook-id).
   */
  public void claim(Instant now, Duration lease) {
    if (!isDue(now)) {
      throw new IllegalStateException("delivery " + id + " is not due");
    }
    nextAttemptAt = now.plus(lease);
  }

  public void delivered(int httpStatus, Instant now) {
    attempts++;
    status = DeliveryStatus.DELIVERED;
    lastStatus = httpStatus;
    lastError = null;
    deliveredAt = now;
  }

  /**
   * Records a failed attempt: due again after the plan's next wait, or given up (also at once when
   * {@code giveUp}, such as when the endpoint is off).
   */
  public void failed(
      Integer httpStatus,
      String error,
      RetryPlan plan,
      Duration retryAfter,
      boolean giveUp,
      Instant now) {
    attempts++;
    lastStatus = httpStatus;
    lastError = error == null ? null : truncate(error);
    Optional<Duration> wait = giveUp ? Optional.empty() : plan.waitAfter(attempts, retryAfter);
    if (wait.isPresent()) {
      nextAttemptAt = now.plus(wait.get());
    } else {
      status = DeliveryStatus.FAILED;
    }
  }

  /** Sends it again, as it was (same id, sequence and body), due at once with a fresh plan. */
  public void replay(Instant now) {
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  private static String truncate(String s) {
    return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public long getEndpointId() {
    return endpointId;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getEventType() {
    return eventType;
  }

  /** The sequence in the body (the row's number). */
  public long getSequence() {
    return id == null ? 0 : id;
  }

  public String getData() {
    return data;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer getLastStatus() {
    return lastStatus;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public long getVersion() {
    return version;
  }
}
