package com.orderpool.orders.control;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Appends to and reads an order's history; every change names who, when, what and why. */
@ApplicationScoped
public class OrderHistory {
  /** The field of a status change; recording one tells observers ({@link OrderStatusChanged}). */
  public static final String STATUS = "status";

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject Event<OrderStatusChanged> statusChanged;

  public void record(Order order, String field, String oldValue, String newValue, String reason) {
    db.em()
        .persist(
            new OrderHistoryEntry(
                order.getId(), clock.instant(), tenant.actor(), field, oldValue, newValue, reason));
    if (STATUS.equals(field) && !java.util.Objects.equals(oldValue, newValue)) {
      statusChanged.fire(new OrderStatusChanged(order, oldValue));
    }
  }

  public List<OrderHistoryEntry> of(Order order) {
    return db.em()
        .createQuery(
            "SELECT h FROM OrderHistoryEntry h WHERE h.orderId = :id ORDER BY h.at, h.id",
            OrderHistoryEntry.class)
        .setParameter("id", order.getId())
        .getResultList();
  }
}
