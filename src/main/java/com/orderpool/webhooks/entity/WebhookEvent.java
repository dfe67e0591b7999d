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
  /**
   * An order submitted to a partner, sent only to the endpoint chosen as that partner's webhook
   * channel (never by subscription).
   */
  PARTNER_ORDER_SUBMITTED("partner.order_submitted"),
  /** The cancellation of an order submitted to a partner, to that partner's endpoint only. */
  PARTNER_ORDER_CANCELLED("partner.order_cancelled"),
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

  /**
   * The events an endpoint may subscribe to: all but the test event and the partner events (those
   * go to the one endpoint a partner's webhook channel names, whatever it subscribes to).
   */
  public static java.util.List<WebhookEvent> subscribable() {
    return Arrays.stream(values()).filter(e -> e != TEST && !e.isPartnerEvent()).toList();
  }

  public boolean isPartnerEvent() {
    return this == PARTNER_ORDER_SUBMITTED || this == PARTNER_ORDER_CANCELLED;
  }
}
