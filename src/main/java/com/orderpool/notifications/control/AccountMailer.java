package com.orderpool.notifications.control;

import com.orderpool.core.BaseUrl;
import com.orderpool.platform.control.AccountLinkIssued;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * E-mails one-time set-password links: the welcome / invitation e-mail of a new account and the
 * password reset. They go through the user's tenant outbox, in the transaction that issued the link
 * (or in a new one when the caller has none, as provisioning). Links come from the configured base
 * URL only, never from the request.
 */
@Stateless
public class AccountMailer {
  @Inject TenantContext tenant;
  @Inject AccountMails mails;

  public void onLinkIssued(
      @Observes(during = TransactionPhase.IN_PROGRESS) AccountLinkIssued issued) {
    tenant.runAs(issued.tenantCode(), () -> mails.queue(issued, BaseUrl.configured()));
  }
}
