package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailAttachment;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxAttachment;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * Queues e-mails in the current tenant's outbox, in the caller's transaction: if that transaction
 * rolls back, nothing is sent. The relay delivers them after commit. The returned message is
 * written (it has its id).
 */
@ApplicationScoped
public class Outbox {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject Event<MailQueued> queued;

  public OutboxMessage enqueue(
      MailEvent event,
      String recipient,
      String language,
      RenderedMail mail,
      Long orderId,
      List<MailAttachment> attachments) {
    OutboxMessage message =
        new OutboxMessage(
            event, recipient, language, mail, orderId, tenant.actor(), clock.instant());
    EntityManager em = db.em();
    em.persist(message);
    em.flush();
    attachments.forEach(a -> em.persist(new OutboxAttachment(message.getId(), a)));
    queued.fire(new MailQueued(db.tenantCode()));
    return message;
  }
}
