package com.orderpool.webhooks.control;

import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.webhooks.entity.DeliveryStatus;
import com.orderpool.webhooks.entity.WebhookAttempt;
import com.orderpool.webhooks.entity.WebhookDelivery;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The relay's short transactions on the current tenant's webhook outbox: find due deliveries, claim
 * one under a row lock (a lease: nobody else takes it until the lease ends, so two nodes or two
 * runs never send it at the same time), and record the outcome with the attempt. Sending happens
 * between them, outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookClaims {
  /** Deliveries of paused endpoints wait: they are neither due nor the next one. */
  private static final String NOT_PAUSED =
      " AND NOT EXISTS (SELECT e.id FROM WebhookEndpoint e"
          + " WHERE e.id = d.endpointId AND e.pausedAt IS NOT NULL)";

  @Inject TenantDatabase db;
  @Inject WebhookSettings settings;
  @Inject DisableNotice notice;
  @Inject Event<WebhookGaveUp> gaveUp;

  public List<Long> due(Instant now, int max) {
    return db.em()
        .createQuery(
            "SELECT d.id FROM WebhookDelivery d WHERE d.status = :s AND d.nextAttemptAt <= :now"
                + NOT_PAUSED
                + " ORDER BY d.nextAttemptAt, d.id",
            Long.class)
        .setParameter("s", DeliveryStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** When the next pending delivery (of an endpoint not paused) is due; empty when none waits. */
  public Optional<Instant> nextDue() {
    return db.em()
        .createQuery(
            "SELECT d FROM WebhookDelivery d WHERE d.status = :s"
                + NOT_PAUSED
                + " ORDER BY d.nextAttemptAt",
            WebhookDelivery.class)
        .setParameter("s", DeliveryStatus.PENDING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(WebhookDelivery::getNextAttemptAt);
  }

  /**
   * Claims a delivery for one attempt; empty when another worker got it first or it is not due. A
   * delivery of an endpoint that is off is given up instead (replay it once the endpoint is on);
   * one of a paused endpoint is left waiting.
   */
  public Optional<Outgoing> claim(long id, Instant now) {
    WebhookDelivery d = db.em().find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (d == null || !d.isDue(now)) {
      return Optional.empty();
    }
    WebhookEndpoint e = db.em().find(WebhookEndpoint.class, d.getEndpointId());
    if (e == null || !e.isEnabled()) {
      d.failed(null, "the endpoint is off", settings.retryPlan(), null, true, now);
      told(d);
      return Optional.empty();
    }
    if (e.isPaused()) {
      return Optional.empty();
    }
    d.claim(now, settings.lease());
    return Optional.of(
        new Outgoing(
            d.getId(), e.getId(), e.getUrl(), d.getMessageId(), d.body(), e.signingSecrets(now)));
  }

  /** Records an attempt and its outcome on the delivery and the endpoint. */
  public void record(long id, SendResult r, Instant now) {
    WebhookDelivery d = db.em().find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (d == null) {
      return; // its endpoint was removed meanwhile
    }
    WebhookEndpoint e =
        db.em().find(WebhookEndpoint.class, d.getEndpointId(), LockModeType.PESSIMISTIC_WRITE);
    db.em()
        .persist(
            new WebhookAttempt(
                d.getId(),
                d.getEndpointId(),
                now.minusMillis(r.durationMs()),
                r.status(),
                r.durationMs(),
                r.excerpt()));
    if (r.isSuccess()) {
      d.delivered(r.status(), now);
      if (e != null) {
        e.succeeded();
      }
      return;
    }
    String error = r.status() == null ? r.excerpt() : "HTTP " + r.status();
    boolean off = e == null || !e.isEnabled();
    if (e != null && r.isGone()) {
      e.disable(WebhookEndpoint.GONE, now);
      off = true;
    } else if (e != null && e.failed(settings.disableAfter(), now)) {
      off = true;
      notice.send(e, error);
    }
    d.failed(r.status(), error, settings.retryPlan(), r.retryAfter(), off, now);
    told(d);
  }

  /** Tells observers (in this transaction) of a delivery that was given up for good. */
  private void told(WebhookDelivery d) {
    if (d.getStatus() == DeliveryStatus.FAILED) {
      gaveUp.fire(new WebhookGaveUp(d.getId(), d.getEventType(), d.getLastError()));
    }
  }
}
