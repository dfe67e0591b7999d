package com.orderpool.notifications.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers the current tenant's due outbox messages: claim (own transaction), send over the mail
 * transport (no transaction), record sent or failed with backoff (own transaction).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  static final int BATCH = 50;

  @Inject OutboxClaims claims;
  @Inject MailTransport transport;
  @Inject Clock clock;

  /** Sends what is due at {@code now} in the current tenant; returns how many went out. */
  public int deliverDue(Instant now) {
    List<Long> due = claims.due(now, BATCH);
    int sent = 0;
    for (long id : due) {
      if (deliver(id, now)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(long id, Instant now) {
    Optional<OutgoingMail> mail = claims.claim(id, now);
    if (mail.isEmpty()) {
      return false;
    }
    try {
      transport.send(mail.get());
    } catch (RuntimeException e) {
      boolean permanent = e instanceof MailDeliveryException d && d.isPermanent();
      claims.failed(id, e.getMessage(), permanent, clock.instant());
      String outcome = permanent ? "given up" : "will retry";
      LOG.info(
          () ->
              "e-mail " + mail.get().messageId() + " not sent, " + outcome + ": " + e.getMessage());
      return false;
    }
    claims.sent(id, clock.instant());
    return true;
  }
}
