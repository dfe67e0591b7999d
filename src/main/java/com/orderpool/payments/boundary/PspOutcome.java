package com.orderpool.payments.boundary;

import com.orderpool.core.JsonP;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What a provider callback did: {@code recorded} (a payment, with the order's payment status; or a
 * failure that moved the order to Failed, with its phase), {@code unchanged} (a failure for an
 * order it leaves as it is), {@code duplicate} (the event was recorded before) or {@code ignored}
 * (not a payment event).
 */
public record PspOutcome(
    String status, String order, PaymentStatus paymentStatus, Phase phase, String type) {

  public static PspOutcome recorded(String order, PaymentStatus paymentStatus) {
    return new PspOutcome("recorded", order, paymentStatus, null, null);
  }

  /** A payment failure: {@code recorded} when it moved the order, else {@code unchanged}. */
  public static PspOutcome failure(Order order, boolean moved) {
    return new PspOutcome(
        moved ? "recorded" : "unchanged",
        order.getNumber(),
        order.getPaymentStatus(),
        order.getPhase(),
        null);
  }

  public static PspOutcome duplicate(String order) {
    return new PspOutcome("duplicate", order, null, null, null);
  }

  public static PspOutcome ignored(String type) {
    return new PspOutcome("ignored", null, null, null, type);
  }

  public JsonObject toJson() {
    JsonObjectBuilder b = JsonP.createObjectBuilder().add("status", status);
    if (order != null) {
      b.add("order", order);
    }
    if (paymentStatus != null) {
      b.add("paymentStatus", paymentStatus.name());
    }
    if (phase != null) {
      b.add("phase", phase.name());
    }
    if (type != null) {
      b.add("type", type);
    }
    return b.build();
  }
}
