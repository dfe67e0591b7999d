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

/** One parcel of a shipment: its tracking number and, if weighed, its weight in grams. */
@Entity
@Table(name = "parcel")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Parcel implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "shipment_id")
  private long shipmentId;

  private int position;

  @Column(name = "tracking_number")
  private String trackingNumber;

  @Column(name = "weight_grams")
  private Integer weightGrams;

  protected Parcel() {}

  public Parcel(long shipmentId, int position, String trackingNumber, Integer weightGrams) {
    this.shipmentId = shipmentId;
    this.position = position;
    this.trackingNumber = trackingNumber;
    this.weightGrams = weightGrams;
  }

  public Long getId() {
    return id;
  }

  public long getShipmentId() {
    return shipmentId;
  }

  public int getPosition() {
    return position;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public Integer getWeightGrams() {
    return weightGrams;
  }
}
