package com.orderpool.api.control;

/** The scopes an API key may carry (the settings page offers the same list). */
public final class Scope {
  public static final String ORDERS_READ = "orders:read";
  public static final String ORDERS_WRITE = "orders:write";
  public static final String SHIPMENTS_WRITE = "shipments:write";
  public static final String WEBHOOKS_MANAGE = "webhooks:manage";

  private Scope() {}
}
