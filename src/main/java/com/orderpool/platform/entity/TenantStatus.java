package com.orderpool.platform.entity;

/** Lifecycle of a tenant. Suspended tenants cannot log in or use their API keys. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
