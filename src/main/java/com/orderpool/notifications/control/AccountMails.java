package com.orderpool.notifications.control;

import com.orderpool.core.BaseUrl;
import com.orderpool.core.BusinessException;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.platform.control.AccountLinkIssued;
import com.orderpool.platform.control.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Queues the e-mail of a one-time set-password link in the current tenant's outbox. The link is
 * built from the configured base URL only; without one, no link e-mail is queued: an invitation or
 * welcome is refused ({@code account.link.noBaseUrl}), a password reset is logged and dropped (the
 * forgot-password page must answer the same for every address).
 */
@ApplicationScoped
public class AccountMails {
  public static final String NO_BASE_URL = "account.link.noBaseUrl";
  private static final Logger LOG = Logger.getLogger(AccountMails.class.getName());

  @Inject Outbox outbox;
  @Inject MailTemplates templates;
  @Inject MailSettings settings;
  @Inject TenantDirectory tenants;

  /** Queues the e-mail; returns it, or empty when a reset was dropped for want of a base URL. */
  public Optional<OutboxMessage> queue(AccountLinkIssued issued, Optional<String> baseUrl) {
    boolean invitation = issued.purpose() == AccountLinkIssued.Purpose.INVITATION;
    if (baseUrl.isEmpty()) {
      if (invitation) {
        throw BusinessException.of(NO_BASE_URL);
      }
      LOG.warning(
          () ->
              "password reset e-mail not sent: "
                  + BaseUrl.KEY
                  + " (ORDERPOOL_BASE_URL) is not set, so no link can be built");
      return Optional.empty();
    }
    MailEvent event = invitation ? MailEvent.USER_INVITATION : MailEvent.PASSWORD_RESET;
    String language = settings.language();
    Map<String, Object> model = new HashMap<>();
    model.put("user", Map.of("name", issued.name(), "email", issued.email()));
    model.put(
        "company", Map.of("name", tenants.name(issued.tenantCode()), "code", issued.tenantCode()));
    model.put("link", baseUrl.get() + "/set-password.xhtml?token=" + issued.token());
    model.put("validHours", issued.validity().toHours());
    model.put("validMinutes", issued.validity().toMinutes());
    if (issued.invitedBy() != null) {
      model.put("invitedBy", issued.invitedBy());
    }
    return Optional.of(
        outbox.enqueue(
            event,
            issued.email(),
            language,
            templates.render(event, language, model),
            null,
            List.of()));
  }
}
