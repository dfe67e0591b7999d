/**
 * Stores: the tenant's connection to its online store (WooCommerce REST API v3) and the imports of
 * the store's orders, which run as import jobs of the imports context.
 */
package com.orderpool.stores;
