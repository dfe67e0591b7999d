package com.orderpool.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A payment failure a provider reported for an order ({@code payment.failed}), written once per
 * provider event: the provider's reason and what it did to the order.
 */
@Entity
@Table(name = "payment_failure")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class PaymentFailure implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the failure did: moved the order to its Failed status, or left it as it was. */
  public enum Outcome {
    FAILED,
    UNCHANGED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", updatable = false)
  private long orderId;

  @Column(updatable = false)
  private String provider;

  @Column(name = "provider_event_id", updatable = false)
  private String providerEventId;

  @Column(updatable = false)
  private String reference;

  @Column(updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Outcome outcome;

  @Column(name = "received_at", updatable = false)
  private Instant receivedAt;

  protected PaymentFailure() {}

  public PaymentFailure(
      long orderId,
      String provider,
      String providerEventId,
      String reference,
      String reason,
      Outcome outcome,
      Instant receivedAt) {
    this.orderId = orderId;
    this.provider = provider;
    this.providerEventId = providerEventId;
    this.reference = reference;
    this.reason = reason;
    this.outcome = outcome;
    this.receivedAt = receivedAt;
  }

  public Long getId() {
    return id;
  }

  public long getOrderId() {
    return orderId;
  }

  public String getProvider() {
    return provider;
  }

  public String getProviderEventId() {
    return providerEventId;
  }

  public String getReference() {
    return reference;
  }

  public String getReason() {
    return reason;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
