package com.orderpool.partners.web;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.OrderPoolBean;
import com.orderpool.partners.boundary.PartnerStatus;
import com.orderpool.partners.boundary.PartnerSubmissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pool's Partners column: where each row's submissions stand, read for the whole page at once
 * (one query per rendering of the table, not one per row).
 */
@Named
@RequestScoped
public class PoolPartnerColumn {
  @Inject PartnerSubmissions submissions;
  @Inject OrderPoolBean pool;
  @Inject PartnerLabels labels;

  private final Set<Long> loaded = new HashSet<>();
  private final Map<Long, List<PartnerStatus>> statuses = new HashMap<>();

  /** The submissions of a row's order (none: empty). */
  public List<PartnerStatus> of(Order order) {
    if (!loaded.contains(order.getId())) {
      Set<Long> ids = new HashSet<>();
      ids.add(order.getId());
      List<Order> page = pool.getPool().getWrappedData();
      if (page != null) {
        page.forEach(o -> ids.add(o.getId()));
      }
      ids.removeAll(loaded);
      statuses.putAll(submissions.ofOrders(List.copyOf(ids)));
      loaded.addAll(ids);
    }
    return statuses.getOrDefault(order.getId(), List.of());
  }

  /** The hover text of a status: the reason of a failure, else who and when. */
  public String tooltip(PartnerStatus s) {
    return labels.tooltip(s);
  }
}
