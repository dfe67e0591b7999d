package com.orderpool.payments.boundary;

import com.orderpool.orders.entity.PaymentStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What a provider callback did: {@code recorded} (with the order's payment status), {@code
 * duplicate} (the event was recorded before) or {@code ignored} (not a payment event).
 */
public record PspOutcome(String status, String order, PaymentStatus paymentStatus, String type) {

  public static PspOutcome recorded(String order, PaymentStatus paymentStatus) {
    return new PspOutcome("recorded", order, paymentStatus, null);
  }

  public static PspOutcome duplicate(String order) {
    return new PspOutcome("duplicate", order, null, null);
  }

  public static PspOutcome ignored(String type) {
    return new PspOutcome("ignored", null, null, type);
  }

  public JsonObject toJson() {
    JsonObjectBuilder b = Json.createObjectBuilder().add("status", status);
    if (order != null) {
      b.add("order", order);
    }
    if (paymentStatus != null) {
      b.add("paymentStatus", paymentStatus.name());
    }
    if (type != null) {
      b.add("type", type);
    }
    return b.build();
  }
}
