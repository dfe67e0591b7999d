package com.orderpool.orders.web;

import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The Actions menu of one order pool row: hold, release and clone. It keeps no state. */
@Named
@RequestScoped
public class PoolRowActionsBean {
  @Inject OrderWorkflow workflow;

  public void hold(Order o) {
    workflow.hold(o.getId(), null, o.getVersion());
    Messages.info("order.held", o.getNumber());
  }

  public void release(Order o) {
    workflow.release(o.getId(), o.getVersion());
    Messages.info("order.released", o.getNumber());
  }

  public void cloneOrder(Order source) throws IOException {
    Order clone = workflow.cloneOrder(source.getId());
    OrderPages.openClone(clone.getNumber(), source.getNumber());
  }
}
