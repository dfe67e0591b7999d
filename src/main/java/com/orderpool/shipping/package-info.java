/**
 * Shipping: the tenant's shipping methods, shipments of orders and groups, parcels and tracking,
 * packing slips.
 */
package com.orderpool.shipping;
