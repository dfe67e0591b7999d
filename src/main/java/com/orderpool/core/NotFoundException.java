package com.orderpool.core;

import jakarta.ejb.ApplicationException;

/** Something does not exist for the caller: also what another tenant's data looks like. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super(null, "error.notFound", what, id);
  }

  @Override
  public int httpStatus() {
    return 404;
  }
}
