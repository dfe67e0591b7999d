package com.orderpool.webhooks.control;

import com.orderpool.invoicing.control.DocumentIssued;
import com.orderpool.orders.control.OrderCancelled;
import com.orderpool.orders.control.OrderPlaced;
import com.orderpool.orders.control.OrderStatusChanged;
import com.orderpool.payments.control.OrderPaidInFull;
import com.orderpool.returns.control.ReturnCreated;
import com.orderpool.shipping.control.OrderSent;
import com.orderpool.webhooks.entity.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Turns the events of orders, payments, shipping, invoicing and returns into webhook deliveries,
 * inside the transaction of the change: a rolled-back change sends nothing, a committed one is
 * never lost.
 */
@ApplicationScoped
public class WebhookTriggers {
  @Inject WebhookOutbox outbox;

  void onPlaced(@Observes(during = TransactionPhase.IN_PROGRESS) OrderPlaced placed) {
    outbox.enqueue(WebhookEvent.ORDER_CREATED, () -> WebhookPayloads.order(placed.order()));
  }

  void onPaid(@Observes(during = TransactionPhase.IN_PROGRESS) OrderPaidInFull paid) {
    outbox.enqueue(WebhookEvent.ORDER_PAID, () -> WebhookPayloads.order(paid.order()));
  }

  void onStatus(@Observes(during = TransactionPhase.IN_PROGRESS) OrderStatusChanged changed) {
    outbox.enqueue(
        WebhookEvent.ORDER_STATUS_CHANGED,
        () -> WebhookPayloads.statusChange(changed.order(), changed.previousStatusName()));
  }

  void onCancelled(@Observes(during = TransactionPhase.IN_PROGRESS) OrderCancelled cancelled) {
    outbox.enqueue(WebhookEvent.ORDER_CANCELLED, () -> WebhookPayloads.order(cancelled.order()));
  }

  void onSent(@Observes(during = TransactionPhase.IN_PROGRESS) OrderSent sent) {
    outbox.enqueue(WebhookEvent.ORDER_SHIPPED, () -> WebhookPayloads.order(sent.order()));
  }

  void onIssued(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentIssued issued) {
    outbox.enqueue(
        issued.document().isCreditNote()
            ? WebhookEvent.CREDIT_NOTE_ISSUED
            : WebhookEvent.INVOICE_ISSUED,
        () -> WebhookPayloads.document(issued.document()));
  }

  void onReturn(@Observes(during = TransactionPhase.IN_PROGRESS) ReturnCreated created) {
    outbox.enqueue(
        WebhookEvent.RETURN_CREATED, () -> WebhookPayloads.orderReturn(created.orderReturn()));
  }
}
