package com.orderpool.shipping.entity;

/** Where a shipment is: waiting for the carrier, handed over, arrived. */
public enum ShipmentStatus {
  SCHEDULED,
  SENT,
  DELIVERED
}
