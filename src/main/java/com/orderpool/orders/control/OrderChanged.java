package com.orderpool.orders.control;

/** Fired when an order of a tenant is created or changes status; observed after commit. */
public record OrderChanged(String tenantCode, String orderNumber) {}
