package com.orderpool.invoicing.web;

import com.orderpool.invoicing.boundary.GroupInvoicing;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.BulkActionsBean;
import com.orderpool.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The order pool's Group button: groups the pool's selected orders and opens the new group. */
@Named
@RequestScoped
public class PoolGroupingBean {
  @Inject GroupInvoicing groups;
  @Inject BulkActionsBean bulk;

  /** Groups the selected orders and opens the new group's page. */
  public String groupSelected() {
    List<Order> selected = bulk.getSelected();
    if (selected == null || selected.isEmpty()) {
      Messages.error(null, "bulk.nothingSelected");
      return null;
    }
    OrderGroup group = groups.group(selected.stream().map(Order::getId).toList());
    // the group page says it was created (no flash: on a cluster the next request may be served
    // by another node, which cannot read this one's flash cookie)
    return "/orders/group?faces-redirect=true&created=true&id=" + group.getId();
  }
}
