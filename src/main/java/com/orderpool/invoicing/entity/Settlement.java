package com.orderpool.invoicing.entity;

/** How a credit note's money went back: paid out as a refund, or kept as customer credit. */
public enum Settlement {
  REFUNDED,
  CUSTOMER_CREDIT
}
