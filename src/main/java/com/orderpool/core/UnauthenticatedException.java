package com.orderpool.core;

import jakarta.ejb.ApplicationException;

/**
 * A machine caller could not be authenticated (bad signature, unknown key). The message never says
 * which check failed.
 */
@ApplicationException(rollback = true)
public class UnauthenticatedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException() {
    super(null, "api.unauthenticated");
  }

  @Override
  public int httpStatus() {
    return 401;
  }
}
