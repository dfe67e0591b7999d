package com.orderpool.notifications.web;

import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.boundary.NotifyCustomer;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxRow;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The "Notify customer" dialog of the order dashboard: template, message, preview and send. */
@Named
@ViewScoped
public class NotifyCustomerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject NotifyCustomer notify;
  @Inject OrderDashboardBean dashboard;

  private MailEvent template = MailEvent.NOTIFY_CUSTOMER;
  private String message;
  private RenderedMail preview;

  public void open() {
    template = MailEvent.NOTIFY_CUSTOMER;
    message = null;
    refreshPreview();
  }

  public void refreshPreview() {
    preview = notify.preview(orderId(), template, message);
  }

  public void send() {
    OutboxRow queued = notify.send(orderId(), template, message);
    Messages.info("notify.sent", queued.recipient());
    dashboard.load();
  }

  private long orderId() {
    if (dashboard.getOrder() == null) {
      throw new NotFoundException("order", dashboard.getNumber());
    }
    return dashboard.getOrder().getId();
  }

  public List<MailEvent> getTemplates() {
    return notify.templates();
  }

  public MailEvent getTemplate() {
    return template;
  }

  public void setTemplate(MailEvent template) {
    this.template = template;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public RenderedMail getPreview() {
    return preview;
  }
}
