package com.orderpool.core;

import jakarta.ejb.ApplicationException;

/** The request clashes with existing data, e.g. a duplicate code or a stale version. */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }

  @Override
  public int httpStatus() {
    return 409;
  }
}
