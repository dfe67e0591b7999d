package com.orderpool.invoicing.entity;

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
 * An order's membership of a group: the shipping it had alone (restored when it leaves) and its
 * share of the group's shipping. Former members keep their row with the time they left. The ids are
 * plain columns, like the order lines.
 */
@Entity
@Table(name = "order_group_member")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class GroupMember implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", updatable = false)
  private long groupId;

  @Column(name = "order_id", updatable = false)
  private long orderId;

  @Column(name = "order_number", updatable = false)
  private String orderNumber;

  @Column(name = "order_seq", updatable = false)
  private long orderSeq;

  @Column(name = "shipping_alone", updatable = false)
  private BigDecimal shippingAlone;

  @Column(name = "shipping_share")
  private BigDecimal shippingShare;

  @Column(name = "joined_at", updatable = false)
  private Instant joinedAt;

  @Column(name = "left_at")
  private Instant leftAt;

  protected GroupMember() {}

  public GroupMember(
      long groupId,
      long orderId,
      String orderNumber,
      long orderSeq,
      BigDecimal shippingAlone,
      BigDecimal shippingShare,
      Instant now) {
    this.groupId = groupId;
    this.orderId = orderId;
    this.orderNumber = orderNumber;
    this.orderSeq = orderSeq;
    this.shippingAlone = shippingAlone;
    this.shippingShare = shippingShare;
    this.joinedAt = now;
  }

  /** Sets a new share of the group's shipping; returns whether it changed. */
  public boolean reshare(BigDecimal share) {
    if (shippingShare.compareTo(share) == 0) {
      return false;
    }
    shippingShare = share;
    return true;
  }

  public void leave(Instant now) {
    leftAt = now;
  }

  public boolean isCurrent() {
    return leftAt == null;
  }

  /** What grouping saves on this order's shipping (negative if it costs more). */
  public BigDecimal saving() {
    return shippingAlone.subtract(shippingShare);
  }

  public Long getId() {
    return id;
  }

  public long getGroupId() {
    return groupId;
  }

  public long getOrderId() {
    return orderId;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public long getOrderSeq() {
    return orderSeq;
  }

  public BigDecimal getShippingAlone() {
    return shippingAlone;
  }

  public BigDecimal getShippingShare() {
    return shippingShare;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }

  public Instant getLeftAt() {
    return leftAt;
  }
}
