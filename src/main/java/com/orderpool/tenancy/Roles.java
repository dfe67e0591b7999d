package com.orderpool.tenancy;

/** The Jakarta Security roles of the product, as used in {@link Allow} declarations. */
public final class Roles {
  public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
  public static final String TENANT_ADMIN = "TENANT_ADMIN";
  public static final String STAFF = "STAFF";
  public static final String ACCOUNTANT = "ACCOUNTANT";

  /**
   * The only role of a session signed in with a generated password: it may choose a new one and
   * nothing else.
   */
  public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  private Roles() {}
}
