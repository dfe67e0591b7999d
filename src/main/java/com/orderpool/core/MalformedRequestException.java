package com.orderpool.core;

import jakarta.ejb.ApplicationException;

/** A request body that cannot be read at all: not JSON, or missing what the call needs. */
@ApplicationException(rollback = true)
public class MalformedRequestException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public MalformedRequestException(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
