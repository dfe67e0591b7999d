package com.orderpool.webhooks.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.webhooks.control.WebhookOutbox;
import com.orderpool.webhooks.control.WebhookPayloads;
import com.orderpool.webhooks.control.WebhookQueued;
import com.orderpool.webhooks.control.WebhookSender;
import com.orderpool.webhooks.control.WebhookSettings;
import com.orderpool.webhooks.entity.DeliveryStatus;
import com.orderpool.webhooks.entity.WebhookAttempt;
import com.orderpool.webhooks.entity.WebhookDelivery;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import com.orderpool.webhooks.entity.WebhookEvent;
import com.orderpool.webhooks.entity.WebhookSignature;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The tenant admin's webhook endpoints: add (the secret is shown once), change, switch on and off,
 * pause and resume (deliveries wait meanwhile), rotate the secret (the old one keeps signing for a
 * while), remove; the delivery log of each, with every attempt; replay of any delivery (same
 * webhook-id) and a test event.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class Webhooks {
  static final int MAX_URL = 2000;

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject WebhookSettings settings;
  @Inject WebhookSender sender;
  @Inject WebhookOutbox outbox;
  @Inject Event<WebhookQueued> queued;
  @Inject Clock clock;

  public List<WebhookEndpoint> endpoints() {
    return db.em()
        .createQuery("SELECT e FROM WebhookEndpoint e ORDER BY e.id", WebhookEndpoint.class)
        .getResultList();
  }

  public WebhookEndpoint endpoint(long id) {
    WebhookEndpoint e = db.em().find(WebhookEndpoint.class, id);
    if (e == null) {
      throw new NotFoundException("webhook", id);
    }
    return e;
  }

  /** Adds an endpoint, on, with a new secret (returned this once). */
  public NewSecret create(
      @NotBlank @Size(max = MAX_URL) String url,
      @Size(max = 200) String description,
      @NotNull Collection<WebhookEvent> events) {
    String checked = checkedUrl(url);
    checkEvents(events);
    String secret = WebhookSignature.newSecret();
    WebhookEndpoint e =
        new WebhookEndpoint(
            checked, blankToNull(description), events, secret, tenant.actor(), clock.instant());
    db.em().persist(e);
    db.em().flush();
    return new NewSecret(e, secret);
  }

  /** Changes an endpoint; switching it on again clears its run of failures. */
  public WebhookEndpoint update(
      long id,
      @NotBlank @Size(max = MAX_URL) String url,
      @Size(max = 200) String description,
      @NotNull Collection<WebhookEvent> events,
      boolean enabled) {
    WebhookEndpoint e = endpoint(id);
    String checked = checkedUrl(url);
    checkEvents(events);
    e.change(checked, blankToNull(description), events, enabled);
    db.em().flush();
    return e;
  }

  /** A new secret signs from now on; the old one signs too for the overlap (24 h by default). */
  public NewSecret rotateSecret(long id) {
    WebhookEndpoint e = endpoint(id);
    String secret = WebhookSignature.newSecret();
    e.rotate(secret, clock.instant(), settings.secretOverlap());
    db.em().flush();
    return new NewSecret(e, secret);
  }

  /**
   * Holds an endpoint's deliveries back, on every node: they wait, due, and none is given up, until
   * {@link #resume}. For a receiver in maintenance.
   */
  public WebhookEndpoint pause(long id) {
    WebhookEndpoint e = endpoint(id);
    e.pause(tenant.actor(), clock.instant());
    db.em().flush();
    return e;
  }

  /** Lets a paused endpoint's waiting deliveries go, at once. */
  public WebhookEndpoint resume(long id) {
    WebhookEndpoint e = endpoint(id);
    if (e.resume()) {
      db.em().flush();
      queued.fire(new WebhookQueued(db.tenantCode()));
    }
    return e;
  }

  /** How many deliveries of an endpoint wait to be sent (pending). */
  public long waiting(long endpointId) {
    endpoint(endpointId);
    return db.em()
        .createQuery(
            "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.endpointId = :e AND d.status = :s",
            Long.class)
        .setParameter("e", endpointId)
        .setParameter("s", DeliveryStatus.PENDING)
        .getSingleResult();
  }

  public void delete(long id) {
    db.em().remove(endpoint(id));
  }

  /** An endpoint's deliveries, newest first. */
  public List<WebhookDelivery> deliveries(long endpointId, int max) {
    endpoint(endpointId);
    return db.em()
        .createQuery(
            "SELECT d FROM WebhookDelivery d WHERE d.endpointId = :e ORDER BY d.id DESC",
            WebhookDelivery.class)
        .setParameter("e", endpointId)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultList();
  }

  public WebhookDelivery delivery(long id) {
    WebhookDelivery d = db.em().find(WebhookDelivery.class, id);
    if (d == null) {
      throw new NotFoundException("webhookDelivery", id);
    }
    return d;
  }

  /** A delivery's attempts, oldest first. */
  public List<WebhookAttempt> attempts(long deliveryId) {
    delivery(deliveryId);
    return db.em()
        .createQuery(
            "SELECT a FROM WebhookAttempt a WHERE a.deliveryId = :d ORDER BY a.id",
            WebhookAttempt.class)
        .setParameter("d", deliveryId)
        .getResultList();
  }

  /** Sends a delivery again as it was (same webhook-id, sequence and body), at once. */
  public WebhookDelivery replay(long deliveryId) {
    WebhookDelivery d = delivery(deliveryId);
    if (!endpoint(d.getEndpointId()).isEnabled()) {
      throw BusinessException.of("webhook.isOff");
    }
    d.replay(clock.instant());
    db.em().flush();
    queued.fire(new WebhookQueued(db.tenantCode()));
    return d;
  }

  /** Queues a test event ({@code webhook.test}) for one endpoint. */
  public WebhookDelivery sendTest(long endpointId) {
    WebhookEndpoint e = endpoint(endpointId);
    if (!e.isEnabled()) {
      throw BusinessException.of("webhook.isOff");
    }
    return outbox.enqueueFor(e, WebhookEvent.TEST, WebhookPayloads.test(db.tenantCode()));
  }

  private String checkedUrl(String url) {
    String u = url.strip();
    URI uri;
    try {
      uri = new URI(u);
    } catch (URISyntaxException e) {
      throw new BusinessException("url", "webhook.url.invalid");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw new BusinessException("url", "webhook.url.invalid");
    }
    Optional<String> refused = sender.refusal(uri);
    if (refused.isPresent()) {
      throw new BusinessException("url", "webhook.url.refused", refused.get());
    }
    return u;
  }

  private static void checkEvents(Collection<WebhookEvent> events) {
    // partner events go only to the endpoint a partner names; an endpoint kept for partners only
    // subscribes to nothing
    if (!WebhookEvent.subscribable().containsAll(events)) {
      throw new BusinessException("events", "webhook.events.required");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
