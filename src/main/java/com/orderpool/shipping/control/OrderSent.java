package com.orderpool.shipping.control;

import com.orderpool.orders.entity.Order;

/**
 * Fired inside the transaction in which a shipment left with the carrier, once for each of its
 * orders (the order holds its tracking), so observers write their own records in that transaction.
 */
public record OrderSent(Order order, long shipmentId, int pieces) {}
