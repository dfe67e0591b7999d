package com.orderpool.payments.web;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The dashboard's Paid / Not paid buttons: each asks for a reason, which goes to the history. */
@Named
@ViewScoped
public class OrderPaymentBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Payments payments;
  @Inject OrderDashboardBean dashboard;

  private String reason;

  public void prepare() {
    reason = null;
  }

  public void markPaid() {
    Order o = dashboard.getOrder();
    dashboard.refresh(payments.markPaid(o.getId(), reason, o.getVersion()));
    Messages.info("payment.markedPaid", o.getNumber());
  }

  public void markUnpaid() {
    Order o = dashboard.getOrder();
    dashboard.refresh(payments.markUnpaid(o.getId(), reason, o.getVersion()));
    Messages.info("payment.markedUnpaid", o.getNumber());
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
