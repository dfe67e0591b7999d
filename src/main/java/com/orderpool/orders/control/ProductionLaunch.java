package com.orderpool.orders.control;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;

/**
 * Launches an order that just became fully paid into the tenant's first production status (sets its
 * WIP start), in the caller's transaction. Payments call it when money completes an order.
 */
@ApplicationScoped
public class ProductionLaunch {
  @Inject StatusCatalog statuses;
  @Inject OrderHistory history;
  @Inject OrderStore store;
  @Inject Clock clock;

  /** Launches the order if it waits for payment and is paid in full; else it stays as it is. */
  public Order ifPaid(Order order) {
    if (!order.isLaunchable()) {
      return order;
    }
    OrderStatus old = order.getStatus();
    OrderStatus first = statuses.require(Phase.IN_PRODUCTION);
    order.launch(first, clock.instant());
    history.record(
        order, "status", old.name(Locale.ENGLISH), first.name(Locale.ENGLISH), "paid in full");
    return store.saved(order);
  }
}
