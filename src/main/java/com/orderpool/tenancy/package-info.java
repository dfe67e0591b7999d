/**
 * Tenancy: who the current tenant is ({@link com.orderpool.tenancy.TenantContext}), the one place
 * that hands out tenant-bound EntityManagers, schema naming, the Flyway schema migrator (with the
 * schema versions that let a schema behind be migrated on first use), the shard map of tenants to
 * database servers with their pools and tenant moves, and the platform's list of tenants with
 * background work due ({@link com.orderpool.tenancy.DueWork}).
 */
package com.orderpool.tenancy;
