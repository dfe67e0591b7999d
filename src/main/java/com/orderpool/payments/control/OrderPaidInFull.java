package com.orderpool.payments.control;

import com.orderpool.orders.entity.Order;

/**
 * Fired inside the transaction in which an order became fully paid (after any launch into
 * production), so observers such as invoicing write their records in that same transaction.
 */
public record OrderPaidInFull(Order order) {}
