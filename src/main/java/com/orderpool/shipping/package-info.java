/**
 * Shipping: the tenant's shipping methods, shipments of orders and groups, parcels and tracking.
 */
package com.orderpool.shipping;
