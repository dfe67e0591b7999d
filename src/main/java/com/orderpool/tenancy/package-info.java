/**
 * Tenancy: who the current tenant is ({@link com.orderpool.tenancy.TenantContext}), the one place
 * that hands out tenant-bound EntityManagers, schema naming, the Flyway schema migrator, and the
 * shard map of tenants to database servers with their pools and tenant moves.
 */
package com.orderpool.tenancy;
