package com.orderpool.customers.web;

import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.customers.entity.Customer;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One customer: contact details, last addresses, order figures and their most recent orders. */
@Named
@ViewScoped
public class CustomerBean implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int RECENT_ORDERS = 100;

  @Inject CustomerService customers;
  @Inject OrderService orders;
  @Inject com.orderpool.payments.boundary.Payments payments;

  private Long id;
  private Customer customer;
  private OrderService.CustomerTotals totals;
  private List<Order> recent;
  private com.orderpool.payments.boundary.Payments.CreditAccount credit;

  public void load() {
    customer = customers.get(id == null ? -1 : id);
    totals = orders.customerTotals(customer.getId());
    recent = orders.ofCustomer(customer.getId(), RECENT_ORDERS);
    credit = payments.creditAccount(customer.getId());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public OrderService.CustomerTotals getTotals() {
    return totals;
  }

  public List<Order> getRecent() {
    return recent;
  }

  public com.orderpool.payments.boundary.Payments.CreditAccount getCredit() {
    return credit;
  }

  public int getRecentLimit() {
    return RECENT_ORDERS;
  }
}
