package com.orderpool.returns.control;

import com.orderpool.returns.entity.OrderReturn;

/** Fired inside the transaction that records a new return (with its lines) of an order. */
public record ReturnCreated(OrderReturn orderReturn) {}
