package com.orderpool.shipping.control;

import com.orderpool.customers.control.CustomerDirectory;
import com.orderpool.orders.entity.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether an order may ship before it is paid: the tenant allows it ({@code
 * shipping.before-payment}) and the order's customer is trusted. Read when a shipment of the order
 * is scheduled and again when it is sent.
 */
@ApplicationScoped
public class UnpaidShipping {
  @Inject ShippingSettings settings;
  @Inject CustomerDirectory customers;

  /** What the tenant and the customer say about shipping this order before payment. */
  public record Terms(boolean tenantAllows, boolean customerTrusted) {
    public static final Terms NONE = new Terms(false, false);

    public boolean allowed() {
      return tenantAllows && customerTrusted;
    }
  }

  public Terms of(Order order) {
    if (order.isFullyPaid()) {
      return Terms.NONE;
    }
    return new Terms(settings.shipsBeforePayment(), customers.isTrusted(order.getCustomerId()));
  }
}
