package com.orderpool.shipping.entity;

import com.orderpool.core.BusinessException;
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
 * One handing-over to a carrier: of one order, or of a paid group (one shipment for all its
 * orders). What it carries of each order is in {@link ShipmentItem}s and its parcels in {@link
 * Parcel}s. Scheduled for collection → Sent → Delivered, never back.
 */
@Entity
@Table(name = "shipment")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Shipment implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id")
  private Long groupId;

  @Column(name = "method_id")
  private long methodId;

  @Enumerated(EnumType.STRING)
  private ShipmentStatus status;

  private String note;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_by")
  private String sentBy;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "delivered_by")
  private String deliveredBy;

  @Version private long version;

  protected Shipment() {}

  public Shipment(long methodId, Long groupId, String note, String actor, Instant now) {
    this.methodId = methodId;
    this.groupId = groupId;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.status = ShipmentStatus.SCHEDULED;
    this.createdAt = now;
    this.createdBy = actor;
  }

  /** Handed over to the carrier. */
  public void send(String actor, Instant now) {
    if (status != ShipmentStatus.SCHEDULED) {
      throw new BusinessException("status", "shipment.alreadySent");
    }
    status = ShipmentStatus.SENT;
    sentAt = now;
    sentBy = actor;
  }

  /** Arrived at the customer. */
  public void deliver(String actor, Instant now) {
    if (status != ShipmentStatus.SENT) {
      throw new BusinessException("status", "shipment.notSent");
    }
    status = ShipmentStatus.DELIVERED;
    deliveredAt = now;
    deliveredBy = actor;
  }

  public Long getId() {
    return id;
  }

  public Long getGroupId() {
    return groupId;
  }

  public long getMethodId() {
    return methodId;
  }

  public ShipmentStatus getStatus() {
    return status;
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

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public long getVersion() {
    return version;
  }
}
