package com.orderpool.webhooks.control;

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
 * Delivers the current tenant's due webhooks: claim (own transaction), send over HTTP (no
 * transaction), record the attempt and the outcome (own transaction).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookRelay {
  private static final Logger LOG = Logger.getLogger(WebhookRelay.class.getName());
  static final int BATCH = 50;

  @Inject WebhookClaims claims;
  @Inject WebhookSender sender;
  @Inject Clock clock;

  /** Sends what is due at {@code now}; returns when the next pending delivery is due, if any. */
  public Optional<Instant> deliverDue(Instant now) {
    List<Long> due = claims.due(now, BATCH);
    for (long id : due) {
      claims.claim(id, now).ifPresent(this::deliver);
    }
    return claims.nextDue();
  }

  private void deliver(Outgoing o) {
    SendResult result = sender.send(o);
    claims.record(o.deliveryId(), result, clock.instant());
    if (!result.isSuccess()) {
      LOG.fine(
          () -> "webhook " + o + " not delivered: " + result.status() + " " + result.excerpt());
    }
  }
}
