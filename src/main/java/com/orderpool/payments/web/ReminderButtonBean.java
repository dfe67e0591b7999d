package com.orderpool.payments.web;

import com.orderpool.core.NotFoundException;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.payments.boundary.PaymentReminderService;
import com.orderpool.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The "Payment reminder" button of the order dashboard: sends one now, then reloads the order. */
@Named
@RequestScoped
public class ReminderButtonBean {
  @Inject PaymentReminderService reminders;
  @Inject OrderDashboardBean dashboard;

  public void send() {
    Order order = dashboard.getOrder();
    if (order == null) {
      throw new NotFoundException("order", dashboard.getNumber());
    }
    Order reminded = reminders.remindNow(order.getId(), order.getVersion());
    Messages.info("reminder.sent", reminded.getCustomerEmail());
    dashboard.load();
  }
}
