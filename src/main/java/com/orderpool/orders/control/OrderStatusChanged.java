package com.orderpool.orders.control;

import com.orderpool.orders.entity.Order;

/**
 * Fired inside the transaction in which an order moved to another status (the order holds the new
 * one), whatever moved it: a person, a payment, a shipment, a cancellation. Observers write their
 * own records in that same transaction.
 */
public record OrderStatusChanged(Order order, String previousStatusName) {}
