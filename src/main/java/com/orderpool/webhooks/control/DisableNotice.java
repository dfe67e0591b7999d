package com.orderpool.webhooks.control;

import com.orderpool.notifications.control.TeamMails;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.webhooks.entity.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Tells the tenant's admins by e-mail that an endpoint switched itself off after a run of failures,
 * through the outbox in the transaction that switched it off.
 */
@ApplicationScoped
public class DisableNotice {
  @Inject TeamMails mails;
  @Inject TenantDirectory tenants;
  @Inject TenantDatabase db;

  public void send(WebhookEndpoint e, String lastError) {
    Map<String, Object> model =
        Map.of(
            "endpoint",
            Map.of(
                "url", e.getUrl(),
                "failures", String.valueOf(e.getFailureRun()),
                "lastError", lastError == null ? "" : lastError));
    for (String admin : tenants.adminEmails(db.tenantCode())) {
      mails.send(MailEvent.WEBHOOK_DISABLED, admin, null, model, List.of());
    }
  }
}
