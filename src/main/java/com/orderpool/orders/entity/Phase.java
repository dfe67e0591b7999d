package com.orderpool.orders.entity;

/** The fixed system phases every tenant's custom statuses map onto. */
public enum Phase {
  PENDING_PAYMENT,
  ON_HOLD,
  IN_PRODUCTION,
  SHIPPED,
  COMPLETED,
  CANCELLED,
  REFUNDED,
  FAILED
}
