/**
 * Tenancy: who the current tenant is ({@link com.orderpool.tenancy.TenantContext}), the one place
 * that hands out tenant-bound EntityManagers, schema naming and the Flyway schema migrator.
 */
package com.orderpool.tenancy;
