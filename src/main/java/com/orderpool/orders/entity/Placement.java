package com.orderpool.orders.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything needed to place an order, whatever the channel. {@code replaces} names the order whose
 * returned lines a replacement order sends again free of charge (the only kind of order whose total
 * may be zero).
 */
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
    String clonedFrom,
    String replaces) {

  /** An ordinary order (not a replacement). */
  public Placement(
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
      String clonedFrom) {
    this(
        type,
        channel,
        model,
        quantity,
        customerName,
        customerEmail,
        lines,
        customizationCost,
        shippingCost,
        vatRate,
        currency,
        clonedFrom,
        null);
  }
}
