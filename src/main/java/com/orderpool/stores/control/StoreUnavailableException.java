package com.orderpool.stores.control;

import com.orderpool.core.BusinessException;

/**
 * The store could not be asked, or its answer was not the list of orders asked for: refused
 * address, unreachable, a refusal (401/403), no WooCommerce REST API there (404), a server error,
 * or an answer that is no JSON list of orders. The message key and arguments say which.
 */
public class StoreUnavailableException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String messageKey, Object... args) {
    super(null, messageKey, args);
  }
}
