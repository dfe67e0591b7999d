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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One movement of money for an order, written once. Refunds and reversals carry a negative amount,
 * so the sum of an order's rows is what it has net received.
 */
@Entity
@Table(name = "payment")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Payment implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id", updatable = false)
  private long orderId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private PaymentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private PaymentMethod method;

  @Column(updatable = false)
  private BigDecimal amount;

  @Column(updatable = false)
  private String currency;

  @Column(name = "received_on", updatable = false)
  private LocalDate receivedOn;

  @Column(updatable = false)
  private String reference;

  @Column(updatable = false)
  private String provider;

  @Column(name = "provider_event_id", updatable = false)
  private String providerEventId;

  @Column(updatable = false)
  private String note;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  protected Payment() {}

  /** What a payment row says; provider fields are null for manual payments. */
  public record Details(
      PaymentKind kind,
      PaymentMethod method,
      BigDecimal amount,
      String currency,
      LocalDate receivedOn,
      String reference,
      String provider,
      String providerEventId,
      String note) {}

  public Payment(long orderId, Details d, Instant createdAt, String createdBy) {
    this.orderId = orderId;
    this.kind = d.kind();
    this.method = d.method();
    this.amount = d.amount();
    this.currency = d.currency();
    this.receivedOn = d.receivedOn();
    this.reference = blankToNull(d.reference());
    this.provider = d.provider();
    this.providerEventId = d.providerEventId();
    this.note = blankToNull(d.note());
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public long getOrderId() {
    return orderId;
  }

  public PaymentKind getKind() {
    return kind;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getReference() {
    return reference;
  }

  public String getProvider() {
    return provider;
  }

  public String getProviderEventId() {
    return providerEventId;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
