package com.orderpool.invoicing.entity;

/** An invoice, or a credit note that corrects one. Each has its own number series. */
public enum DocKind {
  INVOICE,
  CREDIT_NOTE
}
