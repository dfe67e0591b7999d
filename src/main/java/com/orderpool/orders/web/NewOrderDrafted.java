package com.orderpool.orders.web;

import com.orderpool.orders.boundary.NewOrder;

/**
 * The new-order form holds a new draft: an empty one, or a {@code copy} of an order (Clone).
 * Contexts above orders fill in their own defaults, e.g. shipping the first shipping method.
 */
public record NewOrderDrafted(NewOrder draft, boolean copy) {}
