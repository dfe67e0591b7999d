package com.orderpool.webhooks.control;

import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.webhooks.entity.WebhookDelivery;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes deliveries into the current tenant's webhook outbox, in the caller's transaction: one per
 * enabled endpoint that subscribes to the event. Nothing is locked, so the event's transaction
 * waits for no other (see {@link WebhookDelivery#body()} for the sequence).
 */
@ApplicationScoped
public class WebhookOutbox {
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject Event<WebhookQueued> queued;

  /** {@code data} is built only when an endpoint wants the event. */
  public List<WebhookDelivery> enqueue(WebhookEvent event, Supplier<JsonObject> data) {
    List<WebhookEndpoint> endpoints =
        db.em()
            .createQuery(
                "SELECT e FROM WebhookEndpoint e WHERE e.enabled = TRUE ORDER BY e.id",
                WebhookEndpoint.class)
            // no flush of the event's own pending changes (its conflicts surface where it expects)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    List<WebhookDelivery> written = new ArrayList<>();
    JsonObject json = null;
    for (WebhookEndpoint e : endpoints) {
      if (e.subscribes(event)) {
        json = json == null ? data.get() : json;
        written.add(write(e, event, json));
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

  /** Not flushed here: the event's transaction writes it with its own changes, at its own pace. */
  private WebhookDelivery write(WebhookEndpoint e, WebhookEvent event, JsonObject data) {
    Instant now = clock.instant();
    WebhookDelivery d =
        new WebhookDelivery(e.getId(), WebhookDelivery.newMessageId(), event, data.toString(), now);
    db.em().persist(d);
    return d;
  }
}
