package com.orderpool.orders.web;

import com.orderpool.orders.control.OrderChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Tells the open order pools of one tenant that an order changed, after the change committed.
 * Sockets register with their tenant code as the push "user", so other tenants receive nothing.
 */
@ApplicationScoped
public class PoolPush {
  public static final String CHANNEL = "orders";

  @Inject
  @Push(channel = CHANNEL)
  PushContext orders;

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
    orders.send(change.orderNumber(), change.tenantCode());
  }
}
