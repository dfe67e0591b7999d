package com.orderpool.core;

import jakarta.ejb.ApplicationException;

/** A request body above what the call accepts. */
@ApplicationException(rollback = true)
public class PayloadTooLargeException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(int maxBytes) {
    super(null, "api.tooLarge", maxBytes);
  }

  @Override
  public int httpStatus() {
    return 413;
  }
}
