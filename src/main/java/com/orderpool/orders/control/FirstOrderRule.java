package com.orderpool.orders.control;

import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.SetupItem;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The setup-charge rule: a new MTO order for a customer e-mail with no earlier non-cancelled MTO
 * order is that customer's first, and is offered the tenant's active setup items (custom stamps) or
 * "Unlabeled". Without active items nothing is offered.
 */
@ApplicationScoped
public class FirstOrderRule {
  @Inject TenantDatabase db;

  /** The setup items to offer a new order; empty when none apply. */
  public List<SetupItem> offer(String customerEmail, OrderType type) {
    if (type != OrderType.MTO || customerEmail == null || customerEmail.isBlank()) {
      return List.of();
    }
    if (hasEarlierMtoOrder(customerEmail)) {
      return List.of();
    }
    return activeItems();
  }

  public boolean hasEarlierMtoOrder(String customerEmail) {
    return db.em()
            .createQuery(
                "SELECT COUNT(o) FROM Order o WHERE o.customerEmail = :e AND o.type = :t"
                    + " AND o.phase <> :c",
                Long.class)
            .setParameter("e", customerEmail.strip().toLowerCase(Locale.ROOT))
            .setParameter("t", OrderType.MTO)
            .setParameter("c", Phase.CANCELLED)
            .getSingleResult()
        > 0;
  }

  public List<SetupItem> activeItems() {
    return db.em()
        .createQuery(
            "SELECT s FROM SetupItem s WHERE s.active = TRUE ORDER BY s.nameEn, s.id",
            SetupItem.class)
        .getResultList();
  }
}
