package com.orderpool.orders.web;

import com.orderpool.orders.boundary.Retailers;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Retailer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The retailer an order came from, for the order dashboard (read once per request). */
@Named
@RequestScoped
public class OrderRetailerBean {
  @Inject Retailers retailers;

  private Retailer retailer;
  private boolean read;

  /** The order's retailer, or null for the merchant's own order. */
  public Retailer of(Order order) {
    if (!read) {
      retailer = order == null ? null : retailers.find(order.getRetailerId()).orElse(null);
      read = true;
    }
    return retailer;
  }
}
