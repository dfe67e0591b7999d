package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantProfile;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The current tenant's e-mail settings, typed: optional e-mails are sent unless switched off with
 * {@code mail.<event>.enabled=false} (e.g. {@code mail.order_confirmation.enabled}); a cancellation
 * notice also goes to {@code mail.cancelled.copy-to} when set (unset by default); e-mails are in
 * the tenant's language ({@code locale}, see {@link TenantProfile}); replies go to {@code
 * mail.reply-to}, by default the tenant admin's address. Where e-mail is sent from is the server's
 * {@link SmtpSettings}.
 */
@ApplicationScoped
public class MailSettings {
  public static final String CANCELLED_COPY_TO = "mail.cancelled.copy-to";
  public static final String REPLY_TO = "mail.reply-to";

  @Inject TenantSettings settings;
  @Inject TenantProfile profile;
  @Inject TenantDirectory tenants;
  @Inject TenantDatabase db;

  /** The setting that switches an optional e-mail off, e.g. {@code mail.order_sent.enabled}. */
  public static String enabledKey(MailEvent event) {
    return "mail." + event.key() + ".enabled";
  }

  /** Whether the tenant sends this e-mail: mandatory ones always, optional ones unless off. */
  public boolean isEnabled(MailEvent event) {
    return event.isMandatory()
        || !"false".equalsIgnoreCase(settings.get(enabledKey(event)).orElse(""));
  }

  /** The address that gets a copy of every cancellation notice, if the tenant set one. */
  public Optional<String> cancelledCopyTo() {
    return settings.get(CANCELLED_COPY_TO).filter(a -> !a.isBlank());
  }

  /** The Reply-To the tenant set ({@code mail.reply-to}); empty when it uses the default. */
  public String ownReplyTo() {
    return settings.get(REPLY_TO).orElse("").strip();
  }

  /**
   * Where replies to the tenant's e-mails go: its {@code mail.reply-to}, else the address of its
   * first admin, so that "reply to this e-mail" reaches the merchant and not the platform.
   */
  public Optional<String> replyTo() {
    String own = ownReplyTo();
    return own.isEmpty() ? tenants.adminEmail(db.tenantCode()) : Optional.of(own);
  }

  /** Stores the Reply-To; blank goes back to the default (the first admin's address). */
  public void setReplyTo(String address) {
    settings.put(REPLY_TO, address == null ? "" : address.strip());
  }

  /** The language of the tenant's e-mails: its {@code locale}, if a supported one. */
  public String language() {
    return Languages.of(profile.locale());
  }
}
