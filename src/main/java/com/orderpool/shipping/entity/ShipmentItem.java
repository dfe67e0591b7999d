package com.orderpool.shipping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** What a shipment carries of one order: how many of its pieces. */
@Entity
@Table(name = "shipment_item")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class ShipmentItem implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "shipment_id")
  private long shipmentId;

  @Column(name = "order_id")
  private long orderId;

  private int pieces;

  protected ShipmentItem() {}

  public ShipmentItem(long shipmentId, long orderId, int pieces) {
    this.shipmentId = shipmentId;
    this.orderId = orderId;
    this.pieces = pieces;
  }

  public Long getId() {
    return id;
  }

  public long getShipmentId() {
    return shipmentId;
  }

  public long getOrderId() {
    return orderId;
  }

  public int getPieces() {
    return pieces;
  }
}
