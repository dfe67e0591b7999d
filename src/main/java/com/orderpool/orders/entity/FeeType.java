package com.orderpool.orders.entity;

/** How a status's cancellation fee is computed. */
public enum FeeType {
  /** No fee at this status. */
  NONE,
  /** A fixed amount in the tenant's currency. */
  FIXED,
  /** A percentage of the order total, optionally clamped to a minimum and a maximum. */
  PERCENT
}
