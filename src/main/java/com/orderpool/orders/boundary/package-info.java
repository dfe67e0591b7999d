/**
 * Order boundaries: the transactional, tenant-bound entry points for creating and listing orders.
 */
package com.orderpool.orders.boundary;
