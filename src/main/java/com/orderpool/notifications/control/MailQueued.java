package com.orderpool.notifications.control;

import com.orderpool.tenancy.DueWork;

/**
 * Fired when a tenant's outbox gets a message: in its transaction it marks the tenant's mail due
 * ({@link DueWork}); after commit it wakes the relay for that tenant.
 */
public record MailQueued(String tenantCode) implements DueWork.Signal {
  @Override
  public String dueKind() {
    return DueWork.MAIL;
  }
}
