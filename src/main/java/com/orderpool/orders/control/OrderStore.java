package com.orderpool.orders.control;

import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;

/**
 * The one way to load an order of the current tenant for work, in every context: with its lines
 * attached (they are not a mapped relationship, see {@link Order#attachLines}), locked when the
 * caller must run one at a time per order. Also writes a changed order at once, so a concurrent
 * change becomes a clear conflict and the order pools refresh.
 */
@ApplicationScoped
public class OrderStore {
  @Inject TenantDatabase db;
  @Inject Event<OrderChanged> changed;

  /** The order with its lines; an unknown id (or another tenant's) is not found. */
  public Order withLines(long id) {
    return withLines(db.em().find(Order.class, id), id);
  }

  /** The order with its lines, its row locked until the transaction ends. */
  public Order lockedWithLines(long id) {
    return withLines(db.em().find(Order.class, id, LockModeType.PESSIMISTIC_WRITE), id);
  }

  /** The order with this number (surrounding spaces and case ignored), with its lines. */
  public Order byNumber(String number) {
    return db.em()
        .createQuery("SELECT o FROM Order o WHERE o.number = :n", Order.class)
        .setParameter("n", number.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .map(o -> withLines(o.getId()))
        .orElseThrow(() -> new NotFoundException("order", number));
  }

  /** Writes a changed order now (a concurrent change becomes a clear conflict); pools refresh. */
  public Order saved(Order order) {
    try {
      db.em().flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(null, "order.changedMeanwhile", order.getNumber());
    }
    changed.fire(new OrderChanged(db.tenantCode(), order.getNumber()));
    return order;
  }

  private Order withLines(Order order, long id) {
    if (order == null) {
      throw new NotFoundException("order", id);
    }
    order.attachLines(
        db.em()
            .createQuery(
                "SELECT l FROM OrderLine l WHERE l.orderId = :id ORDER BY l.lineNo",
                OrderLine.class)
            .setParameter("id", id)
            .getResultList());
    return order;
  }
}
