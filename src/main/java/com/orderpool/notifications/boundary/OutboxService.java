package com.orderpool.notifications.boundary;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.control.MailQueued;
import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;

/** The current tenant's outbox: what was queued, how delivery went, and retrying failed e-mails. */
@Stateless
public class OutboxService {
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject Event<MailQueued> queued;

  public OutboxMessage get(long id) {
    OutboxMessage m = db.em().find(OutboxMessage.class, id);
    if (m == null) {
      throw new NotFoundException("e-mail", id);
    }
    return m;
  }

  /** The newest messages first. */
  public List<OutboxMessage> recent(@Min(1) @Max(500) int max) {
    return db.em()
        .createQuery(
            "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC",
            OutboxMessage.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The e-mails about one order, oldest first. */
  public List<OutboxMessage> ofOrder(long orderId) {
    return db.em()
        .createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.orderId = :o ORDER BY m.createdAt, m.id",
            OutboxMessage.class)
        .setParameter("o", orderId)
        .getResultList();
  }

  /** Puts a failed e-mail back in the queue; it goes out right after this commits. */
  public OutboxMessage retry(long id) {
    OutboxMessage m = get(id);
    if (m.getStatus() != MailStatus.FAILED) {
      throw BusinessException.of("outbox.retry.notFailed");
    }
    m.retry(clock.instant());
    queued.fire(new MailQueued(db.tenantCode()));
    return m;
  }
}
