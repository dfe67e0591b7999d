package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailAttachment;
import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.notifications.entity.OutboxAttachment;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The relay's short transactions on the current tenant's outbox: find due messages, claim one under
 * a row lock, and record the outcome. Sending happens between them, outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {
  /** How long a claimed message is left alone before it counts as due again (a crashed sender). */
  static final Duration LEASE = Duration.ofMinutes(5);

  @Inject TenantDatabase db;
  @Inject TenantDirectory tenants;
  @Inject MailSettings mailSettings;

  public List<Long> due(Instant now, int max) {
    return db.em()
        .createQuery(
            "SELECT m.id FROM OutboxMessage m WHERE m.status = :s AND m.nextAttemptAt <= :now"
                + " ORDER BY m.nextAttemptAt, m.id",
            Long.class)
        .setParameter("s", MailStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * When the next pending message is due (a claimed one counts from its lease's end, so a sender
   * that died is covered); empty when none waits.
   */
  public Optional<Instant> nextDue() {
    // the earliest message, not MIN() of its column: an aggregate comes back from the driver
    // untyped (LocalDateTime), which the Instant converter cannot take
    return db.em()
        .createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.status = :s ORDER BY m.nextAttemptAt",
            OutboxMessage.class)
        .setParameter("s", MailStatus.PENDING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(OutboxMessage::getNextAttemptAt);
  }

  /**
   * Claims messages for one attempt each, in one transaction, locking in id order (so two relays
   * never deadlock); those another worker got first, or no longer due, are left out.
   */
  public List<Claimed> claimAll(List<Long> ids, Instant now) {
    List<Claimed> claimed = new ArrayList<>();
    Sender sender = null;
    for (long id : ids.stream().sorted().toList()) {
      OutboxMessage m = db.em().find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (m == null || !m.isDue(now)) {
        continue;
      }
      m.claim(now, LEASE);
      if (sender == null) {
        sender = sender();
      }
      claimed.add(new Claimed(id, mail(m, sender)));
    }
    return claimed;
  }

  /** A claimed message: its outbox id and the mail to send. */
  public record Claimed(long id, OutgoingMail mail) {}

  /** Who the tenant's e-mails are from: its name, and the address replies go to. */
  private record Sender(String name, String replyTo) {}

  private Sender sender() {
    return new Sender(tenants.name(db.tenantCode()), mailSettings.replyTo().orElse(null));
  }

  private OutgoingMail mail(OutboxMessage m, Sender sender) {
    List<MailAttachment> files =
        db
            .em()
            .createQuery(
                "SELECT a FROM OutboxAttachment a WHERE a.outboxId = :id ORDER BY a.id",
                OutboxAttachment.class)
            .setParameter("id", m.getId())
            .getResultList()
            .stream()
            .map(OutboxAttachment::toFile)
            .toList();
    return new OutgoingMail(
        m.getMessageId(),
        sender.name(),
        sender.replyTo(),
        m.getRecipient(),
        m.getLanguage(),
        m.getSubject(),
        m.getHtmlBody(),
        m.getTextBody(),
        files);
  }

  /** Records messages as sent, in one transaction. */
  public void sentAll(List<Long> ids, Instant now) {
    for (long id : ids.stream().sorted().toList()) {
      db.em().find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE).markSent(now);
    }
  }

  /** Records a failed attempt; a permanent failure is not retried. */
  public void failed(long id, String error, boolean permanent, Instant now) {
    OutboxMessage m = db.em().find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (permanent) {
      m.recordPermanentFailure(error);
    } else {
      m.recordFailure(error, now);
    }
  }
}
