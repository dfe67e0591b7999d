package com.orderpool.invoicing.entity;

/** A group is open while its orders wait for payment; it ends paid (invoiced) or dissolved. */
public enum GroupStatus {
  OPEN,
  PAID,
  DISSOLVED
}
