package com.orderpool.collaboration.control;

import com.orderpool.collaboration.entity.Ticket;
import com.orderpool.core.BusinessException;
import com.orderpool.notifications.control.MailTemplates;
import com.orderpool.notifications.control.OrderMails;
import com.orderpool.notifications.control.Outbox;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.entity.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queues the e-mail that carries a staff reply to the customer, in the reply's own transaction, in
 * the customer's language (else the tenant's). Variables: the order model plus {@code
 * ticket.subject} and {@code reply}.
 */
@ApplicationScoped
public class TicketMails {
  @Inject Outbox outbox;
  @Inject MailTemplates templates;
  @Inject OrderMails orderMails;

  public void queueReply(Order order, Ticket ticket, String reply) {
    String to = order.getCustomerEmail();
    if (to == null || to.isBlank()) {
      throw new BusinessException("replyText", "ticket.noEmail");
    }
    String language = orderMails.language(order);
    Map<String, Object> model = new LinkedHashMap<>(orderMails.model(order, language));
    model.put("ticket", Map.of("subject", ticket.getSubject()));
    model.put("reply", reply.strip());
    outbox.enqueue(
        MailEvent.TICKET_REPLY,
        to,
        language,
        templates.render(MailEvent.TICKET_REPLY, language, model),
        order.getId(),
        List.of());
  }
}
