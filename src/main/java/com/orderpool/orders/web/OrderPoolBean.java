package com.orderpool.orders.web;

import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.web.LazyList;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The order pool page: lazy list and the new-order dialog. */
@Named
@ViewScoped
public class OrderPoolBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrderService orders;

  private LazyList<Order> pool;
  private NewOrder newOrder = new NewOrder();

  @PostConstruct
  void init() {
    pool = new LazyList<>(orders::count, orders::list, o -> o.getNumber());
  }

  public void create() {
    Order created = orders.create(newOrder);
    Messages.info("order.created", created.getNumber());
    newOrder = new NewOrder();
  }

  public void resetForm() {
    newOrder = new NewOrder();
  }

  public OrderType[] getTypes() {
    return OrderType.values();
  }

  public LazyList<Order> getPool() {
    return pool;
  }

  public NewOrder getNewOrder() {
    return newOrder;
  }
}
