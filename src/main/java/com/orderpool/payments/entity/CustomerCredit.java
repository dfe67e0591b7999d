package com.orderpool.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One entry of a customer's credit account: a credit note kept as credit adds (positive), paying an
 * order with it subtracts (negative). The balance is the sum.
 */
@Entity
@Table(name = "customer_credit")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class CustomerCredit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", updatable = false)
  private long customerId;

  @Column(updatable = false)
  private BigDecimal amount;

  @Column(updatable = false)
  private String currency;

  @Column(name = "credit_note_id", updatable = false)
  private Long creditNoteId;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Column(updatable = false)
  private String note;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  protected CustomerCredit() {}

  public CustomerCredit(
      long customerId,
      BigDecimal amount,
      String currency,
      Long creditNoteId,
      Long orderId,
      String note,
      Instant createdAt,
      String createdBy) {
    this.customerId = customerId;
    this.amount = amount;
    this.currency = currency;
    this.creditNoteId = creditNoteId;
    this.orderId = orderId;
    this.note = note;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public long getCustomerId() {
    return customerId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public Long getCreditNoteId() {
    return creditNoteId;
  }

  public Long getOrderId() {
    return orderId;
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
