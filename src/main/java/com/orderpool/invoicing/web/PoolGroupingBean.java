package com.orderpool.invoicing.web;

import com.orderpool.invoicing.boundary.GroupInvoicing;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.BulkActionsBean;
import com.orderpool.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("group.created", group.getNumber(), group.getMembers());
    return "/orders/group?faces-redirect=true&id=" + group.getId();
  }
}
