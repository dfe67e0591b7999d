package com.orderpool.returns.entity;

/** Requested (the customer announced it) → Received (the pieces arrived) → Closed. */
public enum ReturnStatus {
  REQUESTED,
  RECEIVED,
  CLOSED
}
