package com.orderpool.tenancy;

/**
 * What a tenant's data needs after its schema migrations (the default settings pack, say), named by
 * a version: {@link SchemaGate} runs it once per version and records that version with the
 * schema's.
 */
public interface TenantUpgrade {
  /** Changes whenever {@link #upgrade} would bring a tenant further. */
  String version();

  /** Brings the tenant's data up to {@link #version()}; runs on a thread of its own, as no one. */
  void upgrade(String tenantCode);
}
