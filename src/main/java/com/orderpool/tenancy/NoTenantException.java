package com.orderpool.tenancy;

/** Tenant data was touched with no tenant in context: fail closed. */
public class NoTenantException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public NoTenantException(String message) {
    super(message);
  }
}
