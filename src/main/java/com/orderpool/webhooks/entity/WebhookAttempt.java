package com.orderpool.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One attempt to deliver, for the delivery log: the HTTP status (null when no response came), how
 * long it took, and the start of the response body or the error (at most 1 KB).
 */
@Entity
@Table(name = "webhook_attempt")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class WebhookAttempt implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_EXCERPT = 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "delivery_id")
  private long deliveryId;

  @Column(name = "endpoint_id")
  private long endpointId;

  @Column(name = "attempted_at")
  private Instant attemptedAt;

  @Column(name = "http_status")
  private Integer httpStatus;

  @Column(name = "duration_ms")
  private long durationMs;

  private String excerpt;

  protected WebhookAttempt() {}

  public WebhookAttempt(
      long deliveryId,
      long endpointId,
      Instant attemptedAt,
      Integer httpStatus,
      long durationMs,
      String excerpt) {
    this.deliveryId = deliveryId;
    this.endpointId = endpointId;
    this.attemptedAt = attemptedAt;
    this.httpStatus = httpStatus;
    this.durationMs = durationMs;
    this.excerpt = excerpt(excerpt);
  }

  /** At most {@link #MAX_EXCERPT} characters of a response or an error. */
  public static String excerpt(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT);
  }

  public boolean isSuccess() {
    return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
  }

  public Long getId() {
    return id;
  }

  public long getDeliveryId() {
    return deliveryId;
  }

  public long getEndpointId() {
    return endpointId;
  }

  public Instant getAttemptedAt() {
    return attemptedAt;
  }

  public Integer getHttpStatus() {
    return httpStatus;
  }

  public long getDurationMs() {
    return durationMs;
  }

  public String getExcerpt() {
    return excerpt;
  }
}
