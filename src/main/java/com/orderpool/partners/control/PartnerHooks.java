package com.orderpool.partners.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.JsonP;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerSubmission;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.webhooks.control.WebhookGaveUp;
import com.orderpool.webhooks.control.WebhookOutbox;
import com.orderpool.webhooks.entity.WebhookDelivery;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * A partner's webhook channel: its orders and their cancellations queued as signed deliveries to
 * the endpoint chosen for it, through the webhooks' outbox (same transaction, same relay, signing,
 * retries and delivery log), to that endpoint only. A submission's delivery given up for good marks
 * the submission Failed with the delivery's last error.
 */
@ApplicationScoped
public class PartnerHooks {
  @Inject TenantDatabase db;
  @Inject WebhookOutbox outbox;
  @Inject OrderHistory history;

  /**
   * Queues {@code partner.order_submitted} for the partner's endpoint; refused (a business error,
   * the submission then fails) when the endpoint is gone or off.
   */
  public WebhookDelivery submitted(Partner partner, Order order) {
    WebhookEndpoint e = endpoint(partner);
    if (!e.isEnabled()) {
      throw BusinessException.of("partner.webhook.off", partner.getName());
    }
    return outbox.enqueueFor(e, WebhookEvent.PARTNER_ORDER_SUBMITTED, payload(partner, order));
  }

  /**
   * Queues {@code partner.order_cancelled} for the partner's endpoint (an endpoint that is off
   * gives it up, which its delivery log shows); refused when the endpoint is gone.
   */
  public WebhookDelivery cancelled(Partner partner, Order order) {
    return outbox.enqueueFor(
        endpoint(partner), WebhookEvent.PARTNER_ORDER_CANCELLED, payload(partner, order));
  }

  /** The endpoint chosen for a partner (it must be the tenant's); null clears the channel. */
  public void choose(Partner partner, Long endpointId) {
    if (endpointId != null && db.em().find(WebhookEndpoint.class, endpointId) == null) {
      throw new BusinessException("webhookEndpoint", "partner.webhook.missing", partner.getName());
    }
    partner.setWebhookEndpointId(endpointId);
  }

  void onGaveUp(@Observes(during = TransactionPhase.IN_PROGRESS) WebhookGaveUp gaveUp) {
    if (!WebhookEvent.PARTNER_ORDER_SUBMITTED.type().equals(gaveUp.eventType())) {
      return;
    }
    db.em()
        .createQuery(
            "SELECT s FROM PartnerSubmission s WHERE s.webhookDeliveryId = :d",
            PartnerSubmission.class)
        .setParameter("d", gaveUp.deliveryId())
        .getResultStream()
        .findFirst()
        .ifPresent(s -> failed(s, gaveUp));
  }

  private void failed(PartnerSubmission s, WebhookGaveUp gaveUp) {
    s.deliveryFailed("webhook: " + (gaveUp.lastError() == null ? "failed" : gaveUp.lastError()));
    Order order = db.em().find(Order.class, s.getOrderId());
    Partner partner = db.em().find(Partner.class, s.getPartnerId());
    if (order != null && partner != null) {
      history.record(order, Submissions.HISTORY_FIELD, null, "PARTNER_FAILED", partner.getName());
    }
  }

  private WebhookEndpoint endpoint(Partner partner) {
    WebhookEndpoint e = db.em().find(WebhookEndpoint.class, partner.getWebhookEndpointId());
    if (e == null) {
      throw BusinessException.of("partner.webhook.missing", partner.getName());
    }
    return e;
  }

  private static JsonObject payload(Partner partner, Order order) {
    return JsonP.createObjectBuilder(PartnerJson.full(order))
        .add(
            "partner",
            JsonP.createObjectBuilder().add("id", partner.getId()).add("name", partner.getName()))
        .build();
  }
}
