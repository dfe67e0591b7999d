package com.orderpool.webhooks.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook is about: its {@code type} in the payload, and what an endpoint subscribes to. */
public enum WebhookEvent {
  ORDER_CREATED("order.created"),
  ORDER_PAID("order.paid"),
  ORDER_STATUS_CHANGED("order.status_changed"),
  ORDER_CANCELLED("order.cancelled"),
  ORDER_SHIPPED("order.shipped"),
  INVOICE_ISSUED("invoice.issued"),
  CREDIT_NOTE_ISSUED("credit_note.issued"),
  RETURN_CREATED("return.created"),
  /** Sent on request from the settings page to one endpoint, whatever it subscribes to. */
  TEST("webhook.test");

  private final String type;

  WebhookEvent(String type) {
    this.type = type;
  }

  public String type() {
    return type;
  }

  public static Optional<WebhookEvent> ofType(String type) {
    return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
  }

  /** The events an endpoint may subscribe to (all but the test event). */
  public static java.util.List<WebhookEvent> subscribable() {
    return Arrays.stream(values()).filter(e -> e != TEST).toList();
  }
}
