package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.control.OrderCancelled;
import com.orderpool.orders.control.OrderPlaced;
import com.orderpool.orders.control.RetailerDirectory;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The e-mails that order events cause, queued in the order's own transaction: the order
 * confirmation with its lines and totals, and the cancellation notice (always sent, to the customer
 * and to the {@code mail.cancelled.copy-to} address when the tenant set one, and to the order's
 * retailer, in the tenant's language, when it has one with an address: a retailer always hears of a
 * cancellation). The customer's language picks the language, else the tenant's.
 */
@ApplicationScoped
public class OrderMails {

  @Inject Outbox outbox;
  @Inject MailTemplates templates;
  @Inject MailSettings settings;
  @Inject TenantDirectory tenants;
  @Inject TenantDatabase db;
  @Inject ZoneId zone;
  @Inject RetailerDirectory retailers;

  void onPlaced(@Observes(during = TransactionPhase.IN_PROGRESS) OrderPlaced placed) {
    if (isEnabled(MailEvent.ORDER_CONFIRMATION)) {
      queue(MailEvent.ORDER_CONFIRMATION, placed.order(), placed.order().getCustomerEmail());
    }
  }

  void onCancelled(@Observes(during = TransactionPhase.IN_PROGRESS) OrderCancelled cancelled) {
    Order order = cancelled.order();
    queue(MailEvent.ORDER_CANCELLED, order, order.getCustomerEmail());
    settings.cancelledCopyTo().ifPresent(copyTo -> queue(MailEvent.ORDER_CANCELLED, order, copyTo));
    retailers
        .find(order.getRetailerId())
        .map(Retailer::getEmail)
        .ifPresent(retailer -> queue(MailEvent.ORDER_CANCELLED, order, retailer, language()));
  }

  /**
   * Whether the tenant sends this e-mail: optional ones can be switched off with {@code
   * mail.<event>.enabled=false}; mandatory ones cannot.
   */
  public boolean isEnabled(MailEvent event) {
    return settings.isEnabled(event);
  }

  /** The language of the tenant's e-mails. */
  public String language() {
    return settings.language();
  }

  /** The language of an order's e-mails: the customer's, else the tenant's. */
  public String language(Order order) {
    return order.getCustomerLanguage() == null
        ? language()
        : Languages.of(order.getCustomerLanguage());
  }

  /** The template model of an order in a language. */
  public Map<String, Object> model(Order order, String language) {
    String code = db.tenantCode();
    return new OrderMailModel(language, order.getCurrency(), zone)
        .of(order, tenants.name(code), code);
  }

  /** Queues an event's e-mail about an order to its customer, in the customer's language. */
  public void queueToCustomer(MailEvent event, Order order) {
    queue(event, order, order.getCustomerEmail());
  }

  /**
   * Queues an event's e-mail about an order to its customer with more variables than the order's
   * (e.g. {@code trackingNumber}, {@code carrier}, {@code trackingLink}).
   */
  public void queueToCustomer(MailEvent event, Order order, Map<String, Object> more) {
    String recipient = order.getCustomerEmail();
    if (recipient == null || recipient.isBlank()) {
      return;
    }
    String language = language(order);
    Map<String, Object> model = new java.util.HashMap<>(model(order, language));
    model.putAll(more);
    outbox.enqueue(
        event,
        recipient,
        language,
        templates.render(event, language, model),
        order.getId(),
        List.of());
  }

  private void queue(MailEvent event, Order order, String recipient) {
    queue(event, order, recipient, language(order));
  }

  private void queue(MailEvent event, Order order, String recipient, String language) {
    if (recipient == null || recipient.isBlank()) {
      return;
    }
    outbox.enqueue(
        event,
        recipient,
        language,
        templates.render(event, language, model(order, language)),
        order.getId(),
        List.of());
  }
}
