package com.orderpool.webhooks.entity;

/** Where a delivery stands: waiting (due now or later), delivered (2xx), or given up. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
