package com.orderpool.collaboration.control;

import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The numbers and customers of a page's orders, read in one query. */
@ApplicationScoped
public class OrderRefs {
  /** What a task or ticket list shows of its order. */
  public record OrderRef(String number, String customerName) {}

  private static final OrderRef NONE = new OrderRef("", "");

  @Inject TenantDatabase db;

  public Map<Long, OrderRef> of(Collection<Long> orderIds) {
    if (orderIds.isEmpty()) {
      return Map.of();
    }
    return db.em()
        .createQuery(
            "SELECT o.id, o.number, o.customerName FROM Order o WHERE o.id IN :ids", Object[].class)
        .setParameter("ids", orderIds.stream().distinct().toList())
        .getResultStream()
        .collect(
            Collectors.toMap(
                r -> ((Number) r[0]).longValue(), r -> new OrderRef((String) r[1], (String) r[2])));
  }

  /** The reference of one order of a map from {@link #of}, or an empty one. */
  public static OrderRef in(Map<Long, OrderRef> refs, long orderId) {
    return refs.getOrDefault(orderId, NONE);
  }
}
