/**
 * Unit tests of order rules: status machine, default statuses, cancellation policy and fees, pool
 * query building, and attachment file checks and thumbnails.
 */
package com.orderpool.orders.control;
