package com.orderpool.orders.web;

import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.tenancy.Roles;
import com.orderpool.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.StringJoiner;

/**
 * The Actions menu of the order pool's rows. The page has one menu for all rows (see {@code
 * js/pool-rows.js}); each row's button says which of its items the row offers, and the items that
 * change an order post the row's order id (and version, for hold and release) to the actions here.
 * The services check the caller's role, the tenant and the order's state again. It keeps no state.
 */
@Named
@RequestScoped
public class PoolRowActionsBean {
  @Inject OrderWorkflow workflow;
  @Inject FacesContext facesContext;

  private Boolean readOnly;

  /** The menu items this row offers, space separated (e.g. "open pay clone hold cancel"). */
  public String actions(Order o) {
    StringJoiner items = new StringJoiner(" ");
    items.add("open");
    if (!readOnly()) {
      if (o.isPayable()) {
        items.add(o.getGroupId() == null ? "pay" : "payGroup");
      }
      items.add("clone");
      if (o.isHoldable()) {
        items.add("hold");
      }
      if (o.isOnHold()) {
        items.add("release");
      }
      if (o.isCancellable()) {
        items.add("cancel");
      }
    }
    return items.toString();
  }

  public void hold() {
    Order held = workflow.hold(param("id"), null, param("version"));
    Messages.info("order.held", held.getNumber());
  }

  public void release() {
    Order released = workflow.release(param("id"), param("version"));
    Messages.info("order.released", released.getNumber());
  }

  /** Accountants see the menu with Open only (the services refuse the rest anyway). */
  private boolean readOnly() {
    if (readOnly == null) {
      readOnly = facesContext.getExternalContext().isUserInRole(Roles.ACCOUNTANT);
    }
    return readOnly;
  }

  private static long param(String name) {
    return OrderPages.idParam(name);
  }
}
