package com.orderpool.platform.entity;

/** What a user may do. Platform admins belong to no tenant; the others belong to exactly one. */
public enum Role {
  PLATFORM_ADMIN,
  TENANT_ADMIN,
  STAFF,
  ACCOUNTANT;

  public boolean isTenantRole() {
    return this != PLATFORM_ADMIN;
  }
}
