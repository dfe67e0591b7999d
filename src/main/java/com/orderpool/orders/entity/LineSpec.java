package com.orderpool.orders.entity;

import java.math.BigDecimal;

/** The data of one order line when an order is placed or cloned. */
public record LineSpec(
    String sku, String description, int quantity, BigDecimal unitPrice, String personalisation) {}
