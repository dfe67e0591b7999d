package com.orderpool.orders.entity;

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

/** One append-only line of an order's history: who changed what, when and why. */
@Entity
@Table(name = "order_history")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class OrderHistoryEntry implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  private Instant at;
  private String actor;
  private String field;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  private String reason;

  protected OrderHistoryEntry() {}

  public OrderHistoryEntry(
      long orderId,
      Instant at,
      String actor,
      String field,
      String oldValue,
      String newValue,
      String reason) {
    this.orderId = orderId;
    this.at = at;
    this.actor = actor;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
  }

  public long getOrderId() {
    return orderId;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }
}
