package com.orderpool.webhooks.control;

import com.orderpool.tenancy.DueWork;

/**
 * Fired when a tenant's webhook outbox gets a delivery: in its transaction it marks the tenant's
 * webhooks due ({@link DueWork}); after commit it wakes the relay.
 */
public record WebhookQueued(String tenantCode) implements DueWork.Signal {
  @Override
  public String dueKind() {
    return DueWork.WEBHOOK;
  }
}
