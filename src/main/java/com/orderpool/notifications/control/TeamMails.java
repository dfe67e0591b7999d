package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailAttachment;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * E-mails to the tenant's own people rather than its customers (such as a subscribed report),
 * through the outbox in the caller's transaction, with the tenant's template of the event. The
 * template sees the caller's model plus {@code company.name} and {@code company.code}.
 */
@ApplicationScoped
public class TeamMails {
  @Inject Outbox outbox;
  @Inject MailTemplates templates;
  @Inject TenantDirectory tenants;
  @Inject TenantDatabase db;

  public OutboxMessage send(
      MailEvent event,
      String recipient,
      String language,
      Map<String, Object> model,
      List<MailAttachment> files) {
    String lang = Languages.of(language);
    String code = db.tenantCode();
    Map<String, Object> m = new LinkedHashMap<>(model);
    m.put("company", Map.of("name", tenants.name(code), "code", code));
    return outbox.enqueue(event, recipient, lang, templates.render(event, lang, m), null, files);
  }
}
