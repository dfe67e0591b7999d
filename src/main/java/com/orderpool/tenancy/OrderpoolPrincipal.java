package com.orderpool.tenancy;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serializable;

/**
 * The authenticated caller. It carries the user's id and tenant code from the identity store, so
 * the tenant is never derived from groups, headers or the session, and the account's session
 * version at sign-in, so a session ends once the account's version moves on (new password,
 * deactivation).
 */
public class OrderpoolPrincipal extends CallerPrincipal implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long userId;
  private final String tenantCode;
  private final String displayName;
  private final long sessionVersion;

  public OrderpoolPrincipal(
      String email, long userId, String tenantCode, String displayName, long sessionVersion) {
    super(email);
    this.userId = userId;
    this.tenantCode = tenantCode;
    this.displayName = displayName;
    this.sessionVersion = sessionVersion;
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

  /** The account's session version when this caller signed in. */
  public long sessionVersion() {
    return sessionVersion;
  }
}
