package com.orderpool.payments.entity;

/** What a payment row records: money in, money paid back, or payments taken back as a mistake. */
public enum PaymentKind {
  PAYMENT,
  REFUND,
  REVERSAL
}
