package com.orderpool.partners.control;

import com.orderpool.notifications.control.MailTemplates;
import com.orderpool.notifications.control.OrderMails;
import com.orderpool.notifications.control.Outbox;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.orders.entity.Order;
import com.orderpool.partners.entity.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partner's e-mail channel: the order (number, lines with SKU, description and quantity,
 * customer contact and delivery address) or its cancellation, rendered with the tenant's editable
 * template ({@code partner_order}, {@code partner_cancellation}) in the tenant's language and
 * queued in the outbox, in the caller's transaction, to each of the partner's addresses. Besides
 * the order's variables the template sees {@code partner.name}, {@code partner.kind} and {@code
 * delivery.*} (the shipping address, else the billing one).
 */
@ApplicationScoped
public class PartnerMails {
  @Inject OrderMails orderMails;
  @Inject MailTemplates templates;
  @Inject Outbox outbox;

  /** Queues the order's e-mail to the partner; fails (unchecked) when it cannot be built. */
  public void order(Partner partner, Order order) {
    queue(MailEvent.PARTNER_ORDER, partner, order);
  }

  /** Queues the cancellation of an order that the partner has. */
  public void cancellation(Partner partner, Order order) {
    queue(MailEvent.PARTNER_CANCELLATION, partner, order);
  }

  private void queue(MailEvent event, Partner partner, Order order) {
    List<String> to = partner.addresses();
    String language = orderMails.language();
    RenderedMail mail = templates.render(event, language, model(partner, order, language));
    for (String address : to) {
      outbox.enqueue(event, address, language, mail, order.getId(), List.of());
    }
  }

  /** The template model of an order sent to a partner. */
  public Map<String, Object> model(Partner partner, Order order, String language) {
    Map<String, Object> model = new HashMap<>(orderMails.model(order, language));
    model.put("partner", Map.of("name", partner.getName(), "kind", partner.getKind().name()));
    model.put("delivery", delivery(model));
    return model;
  }

  /** The shipping address of a model, else its billing address. */
  static Object delivery(Map<String, Object> model) {
    Object shipping = model.get("shipping");
    boolean empty =
        shipping == null || (shipping instanceof Map<?, ?> m && (m.isEmpty() || blank(m)));
    return empty ? model.get("billing") : shipping;
  }

  private static boolean blank(Map<?, ?> address) {
    Object line1 = address.get("line1");
    return line1 == null || line1.toString().isBlank();
  }
}
