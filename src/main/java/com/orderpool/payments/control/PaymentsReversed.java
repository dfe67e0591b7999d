package com.orderpool.payments.control;

import com.orderpool.orders.entity.Order;

/**
 * Fired inside the transaction in which an order's payments were taken back (marked Not paid), so
 * that documents resting on them follow in that same transaction, or refuse it: an observer that
 * throws rolls the whole reversal back.
 */
public record PaymentsReversed(Order order) {}
