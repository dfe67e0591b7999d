package com.orderpool.orders.control;

import com.orderpool.orders.entity.Order;

/**
 * Fired inside the transaction that places an order (with its lines), so observers can write their
 * own records in that same transaction, or refuse what is theirs to check (a business exception
 * rolls the whole order back, e.g. shipping refusing a method it does not offer).
 */
public record OrderPlaced(Order order) {}
