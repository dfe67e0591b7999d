/**
 * Order control, also what other contexts call: loading an order with its lines and saving it
 * ({@link com.orderpool.orders.control.OrderStore}), launching a paid order, orders on account
 * (trusted customers who pay later: {@link com.orderpool.orders.control.OnAccount}), numbering,
 * statuses, cancel policy, pool queries, history, and the order events higher contexts observe.
 */
package com.orderpool.orders.control;
