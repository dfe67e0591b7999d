package com.orderpool.core;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role may not do this. Raised by the access rule on the boundaries before any work is
 * done; pages show it as a message, the API as a 403 problem.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException() {
    super(null, "access.denied");
  }

  @Override
  public int httpStatus() {
    return 403;
  }
}
