package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailAttachment;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.entity.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * E-mails a document (an invoice or a credit note PDF) to an order's customer through the outbox,
 * in the caller's transaction: the event's template sees the order model plus the document's own
 * variables under {@code documentKey} (e.g. {@code invoice.number}).
 */
@ApplicationScoped
public class DocumentMails {
  @Inject OrderMails orderMails;
  @Inject MailTemplates templates;
  @Inject Outbox outbox;

  /** Whether the tenant sends this event's e-mails automatically. */
  public boolean isEnabled(MailEvent event) {
    return orderMails.isEnabled(event);
  }

  public void send(
      MailEvent event,
      Order order,
      String language,
      String documentKey,
      Map<String, Object> document,
      MailAttachment pdf) {
    if (order.getCustomerEmail() == null || order.getCustomerEmail().isBlank()) {
      return;
    }
    String lang = Languages.of(language);
    Map<String, Object> model = new LinkedHashMap<>(orderMails.model(order, lang));
    model.put(documentKey, document);
    outbox.enqueue(
        event,
        order.getCustomerEmail(),
        lang,
        templates.render(event, lang, model),
        order.getId(),
        List.of(pdf));
  }

  /** An amount formatted for an e-mail in a language and currency. */
  public String money(java.math.BigDecimal amount, String language, String currency) {
    return new OrderMailModel(Languages.of(language), currency, java.time.ZoneOffset.UTC)
        .amount(amount);
  }
}
