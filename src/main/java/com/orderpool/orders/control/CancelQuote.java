package com.orderpool.orders.control;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What cancelling an order would cost: whether it is allowed, the fee, the credit owed back to the
 * customer, and a message key that explains why (shown in the cancel dialog).
 */
public record CancelQuote(boolean allowed, BigDecimal fee, BigDecimal credit, String reasonKey)
    implements Serializable {

  public static CancelQuote refused(String reasonKey) {
    return new CancelQuote(false, BigDecimal.ZERO, BigDecimal.ZERO, reasonKey);
  }

  public boolean isFree() {
    return allowed && fee.signum() == 0;
  }
}
