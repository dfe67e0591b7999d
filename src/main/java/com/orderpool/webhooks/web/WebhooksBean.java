package com.orderpool.webhooks.web;

import com.orderpool.web.Messages;
import com.orderpool.webhooks.boundary.NewSecret;
import com.orderpool.webhooks.boundary.Webhooks;
import com.orderpool.webhooks.entity.WebhookAttempt;
import com.orderpool.webhooks.entity.WebhookDelivery;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The Webhooks settings page: endpoints, the add/edit dialog, the secret shown once (after adding
 * or rotating), a test event, and the delivery log of the chosen endpoint with replay.
 */
@Named
@ViewScoped
public class WebhooksBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int LOG_SIZE = 50;

  @Inject Webhooks webhooks;

  // transient: endpoints hold their secrets, which never travel with a replicated session
  private transient List<WebhookEndpoint> list;
  private Long editing;
  private String url;
  private String description;
  private List<String> events = new ArrayList<>();
  private boolean enabled = true;
  private transient String secret;
  private Long shown;
  private List<WebhookDelivery> deliveries;
  private List<WebhookAttempt> attempts;
  private final Map<Long, Long> waiting = new HashMap<>();

  public List<WebhookEndpoint> getList() {
    if (list == null) {
      waiting.clear();
      list = webhooks.endpoints();
    }
    return list;
  }

  /** The endpoints that switched themselves off: the page's banner. */
  public List<WebhookEndpoint> getSwitchedOff() {
    return getList().stream().filter(e -> e.getDisabledReason() != null).toList();
  }

  public List<WebhookEvent> getEventChoices() {
    return WebhookEvent.subscribable();
  }

  public void add() {
    editing = null;
    url = null;
    description = null;
    events = new ArrayList<>(List.of(WebhookEvent.ORDER_CREATED.type()));
    enabled = true;
  }

  public void edit(WebhookEndpoint e) {
    editing = e.getId();
    url = e.getUrl();
    description = e.getDescription();
    events = new ArrayList<>(e.getEvents().stream().map(WebhookEvent::type).toList());
    enabled = e.isEnabled();
  }

  public void save() {
    List<WebhookEvent> chosen =
        events.stream().map(WebhookEvent::ofType).flatMap(java.util.Optional::stream).toList();
    if (editing == null) {
      NewSecret created = webhooks.create(url, description, chosen);
      reveal(created);
    } else {
      webhooks.update(editing, url, description, chosen, enabled);
      Messages.info("webhook.saved", url);
    }
    list = null;
    PrimeFaces.current().executeScript("PF('endpointDlg').hide()");
  }

  public void rotate(WebhookEndpoint e) {
    reveal(webhooks.rotateSecret(e.getId()));
  }

  private void reveal(NewSecret s) {
    secret = s.secret();
    PrimeFaces.current().executeScript("PF('secretDlg').show()");
  }

  /** The secret leaves the page once its dialog is closed: it is never shown again. */
  public void forgetSecret() {
    secret = null;
  }

  public void toggle(WebhookEndpoint e) {
    webhooks.update(e.getId(), e.getUrl(), e.getDescription(), e.getEvents(), !e.isEnabled());
    list = null;
    Messages.info(e.isEnabled() ? "webhook.switchedOff" : "webhook.switchedOn", e.getUrl());
  }

  /** Pauses a running endpoint or resumes a paused one. */
  public void pauseOrResume(WebhookEndpoint e) {
    if (e.isPaused()) {
      webhooks.resume(e.getId());
      Messages.info("webhook.resumed", e.getUrl());
    } else {
      webhooks.pause(e.getId());
      Messages.info("webhook.paused", e.getUrl());
    }
    list = null;
  }

  /** How many deliveries wait for a paused endpoint. */
  public long waiting(WebhookEndpoint e) {
    return waiting.computeIfAbsent(e.getId(), webhooks::waiting);
  }

  public void delete(WebhookEndpoint e) {
    webhooks.delete(e.getId());
    if (e.getId().equals(shown)) {
      shown = null;
      deliveries = null;
    }
    list = null;
    Messages.info("webhook.deleted", e.getUrl());
  }

  public void sendTest(WebhookEndpoint e) {
    webhooks.sendTest(e.getId());
    show(e);
    Messages.info("webhook.testQueued", e.getUrl());
  }

  public void show(WebhookEndpoint e) {
    shown = e.getId();
    deliveries = null;
    attempts = null;
  }

  public void refresh() {
    deliveries = null;
    list = null;
  }

  public void replay(WebhookDelivery d) {
    webhooks.replay(d.getId());
    deliveries = null;
    Messages.info("webhook.replayed", d.getMessageId());
  }

  public void showAttempts(WebhookDelivery d) {
    attempts = webhooks.attempts(d.getId());
  }

  public WebhookEndpoint getShownEndpoint() {
    return shown == null
        ? null
        : getList().stream().filter(e -> e.getId().equals(shown)).findFirst().orElse(null);
  }

  public List<WebhookDelivery> getDeliveries() {
    if (deliveries == null && shown != null) {
      deliveries = webhooks.deliveries(shown, LOG_SIZE);
    }
    return deliveries == null ? List.of() : deliveries;
  }

  public List<WebhookAttempt> getAttempts() {
    return attempts == null ? List.of() : attempts;
  }

  public boolean isEditingNew() {
    return editing == null;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getSecret() {
    return secret;
  }
}
