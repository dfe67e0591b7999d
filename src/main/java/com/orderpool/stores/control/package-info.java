/**
 * Talking to the store (a guarded HTTP client for WooCommerce's REST API v3), which orders an
 * import asks for, and how a WooCommerce order becomes the API's order body.
 */
package com.orderpool.stores.control;
