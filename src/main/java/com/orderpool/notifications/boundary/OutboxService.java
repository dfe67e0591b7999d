package com.orderpool.notifications.boundary;

import static com.orderpool.tenancy.Roles.PLATFORM_ADMIN;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.control.MailQueued;
import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.notifications.entity.OutboxRow;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;

/**
 * The current tenant's outbox: what was queued, how delivery went, and retrying failed e-mails.
 * One-time set-password links are masked in everything it hands out.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class OutboxService {
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject Event<MailQueued> queued;

  /** One message to read; one-time links in it are masked ({@link OutboxMessage#forReading}). */
  public OutboxMessage get(long id) {
    return find(id).forReading();
  }

  private OutboxMessage find(long id) {
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
        .getResultStream()
        .map(OutboxMessage::forReading)
        .toList();
  }

  /** How many messages have the status (all of them when it is null). */
  @Allow({TENANT_ADMIN, PLATFORM_ADMIN})
  public long count(MailStatus status) {
    TypedQuery<Long> q =
        db.em().createQuery("SELECT COUNT(m) FROM OutboxMessage m" + where(status), Long.class);
    return withStatus(q, status).getSingleResult();
  }

  /** A page of the listing, newest first, optionally of one status only. */
  @Allow({TENANT_ADMIN, PLATFORM_ADMIN})
  public List<OutboxRow> page(MailStatus status, @Min(0) int first, @Min(1) @Max(200) int size) {
    TypedQuery<OutboxMessage> q =
        db.em()
            .createQuery(
                "SELECT m FROM OutboxMessage m"
                    + where(status)
                    + " ORDER BY m.createdAt DESC, m.id DESC",
                OutboxMessage.class);
    return withStatus(q, status)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(OutboxRow::of)
        .toList();
  }

  private static String where(MailStatus status) {
    return status == null ? "" : " WHERE m.status = :s";
  }

  private static <T> TypedQuery<T> withStatus(TypedQuery<T> q, MailStatus status) {
    return status == null ? q : q.setParameter("s", status);
  }

  /** The e-mails about one order, oldest first. */
  public List<OutboxMessage> ofOrder(long orderId) {
    return db.em()
        .createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.orderId = :o ORDER BY m.createdAt, m.id",
            OutboxMessage.class)
        .setParameter("o", orderId)
        .getResultStream()
        .map(OutboxMessage::forReading)
        .toList();
  }

  /** Puts a failed e-mail back in the queue; it goes out right after this commits. */
  @Allow({TENANT_ADMIN, PLATFORM_ADMIN})
  public OutboxMessage retry(long id) {
    OutboxMessage m = find(id);
    if (m.getStatus() != MailStatus.FAILED) {
      throw BusinessException.of("outbox.retry.notFailed");
    }
    m.retry(clock.instant());
    queued.fire(new MailQueued(db.tenantCode()));
    return m.forReading();
  }
}
