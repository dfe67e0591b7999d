package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.platform.control.AccountLinkIssued;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantSettings;
import com.orderpool.web.Links;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * E-mails one-time set-password links: the welcome / invitation e-mail of a new account and the
 * password reset. They go through the user's tenant outbox, in the transaction that issued the link
 * (or in a new one when the caller has none, as provisioning).
 */
@Stateless
public class AccountMailer {
  @Inject TenantContext tenant;
  @Inject Outbox outbox;
  @Inject MailTemplates templates;
  @Inject TenantSettings settings;
  @Inject TenantDirectory tenants;

  public void onLinkIssued(
      @Observes(during = TransactionPhase.IN_PROGRESS) AccountLinkIssued issued) {
    tenant.runAs(
        issued.tenantCode(),
        () -> {
          queue(issued, Links.baseUrl());
          return null;
        });
  }

  private void queue(AccountLinkIssued issued, String baseUrl) {
    MailEvent event =
        issued.purpose() == AccountLinkIssued.Purpose.INVITATION
            ? MailEvent.USER_INVITATION
            : MailEvent.PASSWORD_RESET;
    String language = Languages.of(settings.get("locale").orElse(Languages.FALLBACK));
    Map<String, Object> model = new HashMap<>();
    model.put("user", Map.of("name", issued.name(), "email", issued.email()));
    model.put(
        "company", Map.of("name", tenants.name(issued.tenantCode()), "code", issued.tenantCode()));
    model.put("link", baseUrl + "/set-password.xhtml?token=" + issued.token());
    model.put("validHours", issued.validity().toHours());
    model.put("validMinutes", issued.validity().toMinutes());
    if (issued.invitedBy() != null) {
      model.put("invitedBy", issued.invitedBy());
    }
    outbox.enqueue(
        event, issued.email(), language, templates.render(event, language, model), null, List.of());
  }
}
