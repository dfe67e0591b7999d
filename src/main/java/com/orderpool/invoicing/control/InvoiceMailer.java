package com.orderpool.invoicing.control;

import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.notifications.control.DocumentMails;
import com.orderpool.notifications.entity.MailAttachment;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.entity.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * E-mails invoices and credit notes to the customer with their PDF, through the outbox in the
 * issuing transaction: automatically on issue (unless the tenant switched that e-mail off) and on
 * demand (Resend, always).
 */
@ApplicationScoped
public class InvoiceMailer {
  @Inject InvoiceDocuments documents;
  @Inject InvoiceQueries queries;
  @Inject DocumentMails mails;
  @Inject OrderStore orderStore;
  @Inject ZoneId zone;

  /** Sends a newly issued document when the tenant sends that e-mail automatically. */
  public void issued(Invoice inv, Order order) {
    if (mails.isEnabled(event(inv))) {
      send(inv, order, inv.getLanguage());
    }
  }

  /** Sends a document again, in a language (null: the document's own). */
  public void resend(Invoice inv, String language) {
    List<Order> orders = queries.ordersOf(inv.getId());
    if (!orders.isEmpty()) {
      send(
          inv,
          orderStore.withLines(orders.get(0).getId()),
          language == null || language.isBlank() ? inv.getLanguage() : language);
    }
  }

  private void send(Invoice inv, Order order, String language) {
    byte[] pdf = documents.pdf(inv, language);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("number", inv.getNumber());
    doc.put(
        "date",
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.forLanguageTag(language))
            .format(inv.getIssuedAt().atZone(zone)));
    doc.put("total", mails.money(inv.getTotal(), language, inv.getCurrency()));
    doc.put("reason", inv.getCustomText() == null ? "" : inv.getCustomText());
    mails.send(
        event(inv),
        order,
        language,
        inv.isCreditNote() ? "creditNote" : "invoice",
        doc,
        new MailAttachment(inv.getNumber() + ".pdf", "application/pdf", pdf));
  }

  private static MailEvent event(Invoice inv) {
    return inv.isCreditNote() ? MailEvent.CREDIT_NOTE_ISSUED : MailEvent.INVOICE_ISSUED;
  }
}
