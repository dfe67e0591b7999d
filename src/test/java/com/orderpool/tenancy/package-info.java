/**
 * Tests of tenancy and access: every boundary method declares its callers, and tenant codes map
 * only to valid schema names.
 */
package com.orderpool.tenancy;
