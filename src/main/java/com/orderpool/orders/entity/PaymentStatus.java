package com.orderpool.orders.entity;

/** Payment state, kept apart from the production phase. */
public enum PaymentStatus {
  UNPAID,
  PARTIALLY_PAID,
  PAID,
  PARTIALLY_REFUNDED,
  REFUNDED
}
