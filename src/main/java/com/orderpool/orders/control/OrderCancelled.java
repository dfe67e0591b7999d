package com.orderpool.orders.control;

import com.orderpool.orders.entity.Order;

/**
 * Fired inside the transaction that cancels an order, so observers can write their own records
 * (such as the customer's e-mail) in that same transaction.
 */
public record OrderCancelled(Order order) {}
