package com.orderpool.webhooks.control;

import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.webhooks.entity.WebhookDelivery;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes deliveries into the current tenant's webhook outbox, in the caller's transaction: one per
 * enabled endpoint that subscribes to the event. Each carries a sequence that grows with every
 * delivery (the outbox row number, so it needs no lock that the event's transaction would hold):
 * a receiver orders an endpoint's events by it.
 */
@ApplicationScoped
public class WebhookOutbox {
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject Event<WebhookQueued> queued;

  public List<WebhookDelivery> enqueue(WebhookEvent event, JsonObject data) {
    List<WebhookEndpoint> endpoints =
        db.em()
            .createQuery(
                "SELECT e FROM WebhookEndpoint e WHERE e.enabled = TRUE ORDER BY e.id",
                WebhookEndpoint.class)
            .getResultList();
    List<WebhookDelivery> written = new ArrayList<>();
    for (WebhookEndpoint e : endpoints) {
      if (e.subscribes(event)) {
        written.add(write(e, event, data));
      }
    }
    if (!written.isEmpty()) {
      queued.fire(new WebhookQueued(db.tenantCode()));
    }
    return written;
  }

  /** A delivery to one endpoint whatever it subscribes to (the test event). */
  public WebhookDelivery enqueueFor(WebhookEndpoint endpoint, WebhookEvent event, JsonObject data) {
    WebhookDelivery d = write(endpoint, event, data);
    queued.fire(new WebhookQueued(db.tenantCode()));
    return d;
  }

  private WebhookDelivery write(WebhookEndpoint e, WebhookEvent event, JsonObject data) {
    Instant now = clock.instant();
    WebhookDelivery d =
        new WebhookDelivery(e.getId(), WebhookDelivery.newMessageId(), event, 0, "{}", now);
    db.em().persist(d);
    db.em().flush();
    d.sequenced(d.getId(), WebhookPayloads.envelope(event, now, d.getId(), data));
    return d;
  }
}
