package com.orderpool.orders.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The current tenant's statuses: seeding the defaults, lookups and the status machine. */
@ApplicationScoped
public class StatusCatalog {
  @Inject TenantDatabase db;

  public List<OrderStatus> all() {
    return db.em()
        .createQuery("SELECT s FROM OrderStatus s ORDER BY s.displayOrder, s.id", OrderStatus.class)
        .getResultList();
  }

  public StatusMachine machine() {
    return new StatusMachine(all());
  }

  /**
   * The first active status of a phase, by display order, as {@link StatusMachine#require} finds it
   * (one row read, not the whole catalogue); a clear error if the phase has none.
   */
  public OrderStatus require(Phase phase) {
    return db.em()
        .createQuery(
            "SELECT s FROM OrderStatus s WHERE s.phase = :p AND s.retired = false"
                + " ORDER BY s.displayOrder, s.id",
            OrderStatus.class)
        .setParameter("p", phase)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> BusinessException.of("status.missingPhase", phase.name()));
  }

  public OrderStatus get(long id) {
    OrderStatus s = db.em().find(OrderStatus.class, id);
    if (s == null) {
      throw new NotFoundException("status", id);
    }
    return s;
  }

  public OrderStatus byCode(String code) {
    return db.em()
        .createQuery("SELECT s FROM OrderStatus s WHERE s.code = :c", OrderStatus.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("status", code));
  }

  /**
   * Gives a tenant without statuses the default set, and gives orders from before custom statuses
   * the first status of their phase. Safe to run again.
   */
  public void ensureDefaults() {
    Long count =
        db.em().createQuery("SELECT COUNT(s) FROM OrderStatus s", Long.class).getSingleResult();
    if (count == 0) {
      DefaultStatuses.load(getClass().getClassLoader()).forEach(db.em()::persist);
      db.em().flush();
    }
    StatusMachine machine = machine();
    for (Phase phase : Phase.values()) {
      machine
          .first(phase)
          .ifPresent(
              s ->
                  db.em()
                      .createQuery(
                          "UPDATE Order o SET o.statusId = :s WHERE o.statusId IS NULL AND o.phase = :p")
                      .setParameter("s", s.getId())
                      .setParameter("p", phase)
                      .executeUpdate());
    }
  }

  public long ordersIn(OrderStatus status) {
    return db.em()
        .createQuery(
            "SELECT COUNT(o) FROM Order o WHERE o.statusId = :id OR o.heldFromId = :id", Long.class)
        .setParameter("id", status.getId())
        .getSingleResult();
  }

  /** Whether the order's effective status is at or past the tenant's point of no return. */
  public boolean reachedPointOfNoReturn(Order order, String pointOfNoReturnCode) {
    OrderStatus ponr = byCode(pointOfNoReturnCode);
    OrderStatus effective = order.effectiveStatus();
    return effective != null && effective.getDisplayOrder() >= ponr.getDisplayOrder();
  }
}
