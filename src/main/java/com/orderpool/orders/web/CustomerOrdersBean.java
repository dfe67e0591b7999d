package com.orderpool.orders.web;

import com.orderpool.customers.web.CustomerBean;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The customer page's order figures and most recent orders, for the customer it shows. */
@Named
@ViewScoped
public class CustomerOrdersBean implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int RECENT_ORDERS = 100;

  @Inject OrderService orders;
  @Inject CustomerBean page;

  private OrderService.CustomerTotals totals;
  private List<Order> recent;

  public OrderService.CustomerTotals getTotals() {
    if (totals == null && page.getCustomer() != null) {
      totals = orders.customerTotals(page.getCustomer().getId());
    }
    return totals;
  }

  public List<Order> getRecent() {
    if (recent == null && page.getCustomer() != null) {
      recent = orders.ofCustomer(page.getCustomer().getId(), RECENT_ORDERS);
    }
    return recent;
  }

  public int getRecentLimit() {
    return RECENT_ORDERS;
  }
}
