package com.orderpool.payments.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * How money moved. Staff record the manual ones; {@link #PSP} comes from a payment provider's
 * callback, {@link #MARKED_PAID} from the dashboard's Paid button, {@link #CUSTOMER_CREDIT} from
 * the customer's credit account.
 */
public enum PaymentMethod {
  BANK_TRANSFER,
  CASH,
  CARD_TERMINAL,
  CUSTOMER_CREDIT,
  PSP,
  MARKED_PAID;

  /** The methods a tenant may offer staff on the pay page. */
  public static final Set<PaymentMethod> MANUAL = EnumSet.of(BANK_TRANSFER, CASH, CARD_TERMINAL);

  public boolean isManual() {
    return MANUAL.contains(this);
  }
}
