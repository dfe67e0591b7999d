package com.orderpool.orders.entity;

import java.math.BigDecimal;
import java.util.List;

/** Everything needed to place an order, whatever the channel. */
public record Placement(
    OrderType type,
    Channel channel,
    String model,
    int quantity,
    String customerName,
    String customerEmail,
    List<LineSpec> lines,
    BigDecimal customizationCost,
    BigDecimal shippingCost,
    BigDecimal vatRate,
    String currency,
    String clonedFrom) {}
