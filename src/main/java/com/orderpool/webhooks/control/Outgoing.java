package com.orderpool.webhooks.control;

import java.util.List;

/** A claimed delivery, ready to send: where, the webhook-id, the exact body and the secrets. */
public record Outgoing(
    long deliveryId,
    long endpointId,
    String url,
    String messageId,
    String body,
    List<String> secrets) {
  @Override
  public String toString() {
    return "Outgoing[" + messageId + " to " + url + "]"; // never the secrets
  }
}
