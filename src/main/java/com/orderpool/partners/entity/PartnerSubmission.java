package com.orderpool.partners.entity;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * An order passed to a partner: Submitted (its e-mail is in the outbox) or Failed with the reason;
 * who and when of the latest attempt, and how many attempts there were. A submitted order is not
 * submitted again, except by an explicit Resubmit.
 */
@Entity
@Table(name = "partner_submission")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class PartnerSubmission implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", updatable = false)
  private long orderId;

  @Column(name = "partner_id", updatable = false)
  private long partnerId;

  @Enumerated(EnumType.STRING)
  private SubmissionStatus status;

  private String reason;

  private int attempts;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  /** The webhook delivery of the latest attempt, when the partner has a webhook channel. */
  @Column(name = "webhook_delivery_id")
  private Long webhookDeliveryId;

  @Version private long version;

  protected PartnerSubmission() {}

  public PartnerSubmission(long orderId, long partnerId) {
    this.orderId = orderId;
    this.partnerId = partnerId;
  }

  public boolean isSubmitted() {
    return status == SubmissionStatus.SUBMITTED;
  }

  /** One more attempt that worked. */
  public void submitted(String actor, Instant at) {
    attempt(SubmissionStatus.SUBMITTED, null, actor, at);
  }

  /** The latest attempt's webhook delivery (null: none). */
  public void setWebhookDeliveryId(Long deliveryId) {
    this.webhookDeliveryId = deliveryId;
  }

  public Long getWebhookDeliveryId() {
    return webhookDeliveryId;
  }

  /**
   * The latest attempt's webhook delivery was given up: the submission is Failed with the reason,
   * without counting another attempt.
   */
  public void deliveryFailed(String why) {
    String text = why == null || why.isBlank() ? "unknown error" : why.strip();
    this.status = SubmissionStatus.FAILED;
    this.reason = text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
  }

  /** One more attempt that failed, and why. */
  public void failed(String why, String actor, Instant at) {
    String text = why == null || why.isBlank() ? "unknown error" : why.strip();
    attempt(
        SubmissionStatus.FAILED,
        text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text,
        actor,
        at);
  }

  private void attempt(SubmissionStatus status, String reason, String actor, Instant at) {
    this.status = status;
    this.reason = reason;
    this.submittedBy = actor;
    this.submittedAt = at;
    this.attempts++;
  }

  public Long getId() {
    return id;
  }

  public long getOrderId() {
    return orderId;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public SubmissionStatus getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }
}
