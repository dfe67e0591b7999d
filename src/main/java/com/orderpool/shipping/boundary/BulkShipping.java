package com.orderpool.shipping.boundary;

import java.util.List;

/**
 * What shipping several orders at once did: the orders shipped (each as its own shipment, sent)
 * with their tracking number (null: none), and each order refused with the reason, as a message key
 * and its arguments.
 */
public record BulkShipping(List<Shipped> shipped, List<Refused> refused) {

  /** An order shipped and sent. */
  public record Shipped(long orderId, String trackingNumber) {}

  /** An order that did not ship, and why. */
  public record Refused(long orderId, String messageKey, List<Object> args) {}
}
