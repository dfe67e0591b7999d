package com.orderpool.returns.entity;

/** What the tenant does about returned pieces once they are received. */
public enum ReturnAction {
  /** A credit note for the pieces, refunded. */
  REFUND,
  /** A credit note for the pieces, kept as customer credit for later orders. */
  STORE_CREDIT,
  /** The pieces are sent again on a new zero-price order. */
  REPLACE,
  /** The order goes back into production to repair the pieces and ships them again. */
  REPAIR;

  /** Whether the pieces are paid back (a credit note). */
  public boolean reimburses() {
    return this == REFUND || this == STORE_CREDIT;
  }
}
