package com.orderpool.notifications.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.notifications.control.MailTemplates;
import com.orderpool.notifications.control.OrderMails;
import com.orderpool.notifications.control.Outbox;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxRow;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Notify customer" on an order: staff pick a template, type a message that goes into its {@code
 * message} variable, preview it and queue it in the outbox. The order history records it. The
 * e-mail is in the customer's language, else the tenant's.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class NotifyCustomer {
  /** The templates staff may send by hand; the others go out on their own events. */
  public static final List<MailEvent> TEMPLATES =
      List.of(
          MailEvent.NOTIFY_CUSTOMER,
          MailEvent.ORDER_SENT,
          MailEvent.TRACK_TRACE,
          MailEvent.PAYMENT_REMINDER);

  static final String HISTORY_FIELD = "notified";

  @Inject OrderService orders;
  @Inject OrderMails mails;
  @Inject MailTemplates templates;
  @Inject Outbox outbox;
  @Inject OrderHistory history;
  @Inject TenantContext tenant;

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<MailEvent> templates() {
    return TEMPLATES;
  }

  /** The e-mail as the customer would get it. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public RenderedMail preview(
      long orderId, @NotNull MailEvent event, @Size(max = 4000) String message) {
    return render(orders.get(orderId), event, message);
  }

  /** Queues the e-mail to the order's customer and records it in the order's history. */
  public OutboxRow send(long orderId, @NotNull MailEvent event, @Size(max = 4000) String message) {
    if (message == null || message.isBlank()) {
      throw new BusinessException("message", "notify.message.required");
    }
    Order order = orders.get(orderId);
    if (order.getCustomerEmail() == null || order.getCustomerEmail().isBlank()) {
      throw BusinessException.of("notify.noEmail", order.getNumber());
    }
    RenderedMail mail = render(order, event, message);
    OutboxRow queued =
        OutboxRow.of(
            outbox.enqueue(
                event, order.getCustomerEmail(), mails.language(order), mail, orderId, List.of()));
    history.record(order, HISTORY_FIELD, event.key(), mail.subject(), null);
    return queued;
  }

  private RenderedMail render(Order order, MailEvent event, String message) {
    if (!TEMPLATES.contains(event)) {
      throw new BusinessException("template", "notify.template.notAllowed", event.key());
    }
    String language = mails.language(order);
    Map<String, Object> model = new HashMap<>(mails.model(order, language));
    model.put("message", message == null ? "" : message.strip());
    return templates.render(event, language, model);
  }
}
