package com.orderpool.tenancy;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serializable;

/**
 * The authenticated caller. It carries the user's id and tenant code from the identity store, so
 * the tenant is never derived from groups, headers or the session.
 */
public class OrderpoolPrincipal extends CallerPrincipal implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long userId;
  private final String tenantCode;
  private final String displayName;

  public OrderpoolPrincipal(String email, long userId, String tenantCode, String displayName) {
    super(email);
    this.userId = userId;
    this.tenantCode = tenantCode;
    this.displayName = displayName;
  }

  public long userId() {
    return userId;
  }

  /** The tenant's company code, or {@code null} for a platform admin. */
  public String tenantCode() {
    return tenantCode;
  }

  public String displayName() {
    return displayName;
  }
}
