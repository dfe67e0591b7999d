package com.orderpool.notifications.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers the current tenant's due outbox messages: claim a batch (own transaction), send over the
 * mail transport (no transaction), record sent or failed with backoff (own transactions).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  static final int BATCH = 50;

  @Inject OutboxClaims claims;
  @Inject MailTransport transport;
  @Inject Clock clock;

  /**
   * Sends what is due at {@code now} in the current tenant; returns how many went out. The batch is
   * claimed in one transaction, sent over one mail-server connection, and recorded as sent in one
   * transaction; a failure is recorded for its message alone. A crash between sending and recording
   * sends the batch again once the lease runs out: at least once, never lost.
   */
  public int deliverDue(Instant now) {
    List<Long> due = claims.due(now, BATCH);
    if (due.isEmpty()) {
      return 0;
    }
    List<Long> sent = new ArrayList<>();
    try (MailTransport.Batch batch = transport.batch()) {
      for (OutboxClaims.Claimed c : claims.claimAll(due, now)) {
        if (deliver(batch, c)) {
          sent.add(c.id());
        }
      }
    } finally {
      if (!sent.isEmpty()) {
        claims.sentAll(sent, clock.instant());
      }
    }
    return sent.size();
  }

  /** When the current tenant's next pending message is due; empty when none waits. */
  public Optional<Instant> nextDue() {
    return claims.nextDue();
  }

  private boolean deliver(MailTransport.Batch batch, OutboxClaims.Claimed c) {
    try {
      batch.send(c.mail());
      return true;
    } catch (RuntimeException e) {
      boolean permanent = e instanceof MailDeliveryException d && d.isPermanent();
      claims.failed(c.id(), e.getMessage(), permanent, clock.instant());
      String outcome = permanent ? "given up" : "will retry";
      LOG.info(
          () -> "e-mail " + c.mail().messageId() + " not sent, " + outcome + ": " + e.getMessage());
      return false;
    }
  }
}
