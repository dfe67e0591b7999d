package com.orderpool.orders.control;

import com.orderpool.orders.entity.Order;

/**
 * Fired inside the transaction that places an order (with its lines), so observers can write their
 * own records in that same transaction.
 */
public record OrderPlaced(Order order) {}
