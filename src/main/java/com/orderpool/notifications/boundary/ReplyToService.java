package com.orderpool.notifications.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.notifications.control.MailSettings;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * Where replies to the current tenant's e-mails go: an address of its own, or by default its first
 * admin's address. Only tenant admins see and change it.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class ReplyToService {
  @Inject MailSettings settings;

  /** The Reply-To as set and as it applies (the default when none is set). */
  public record ReplyTo(String own, String effective) {}

  public ReplyTo replyTo() {
    return new ReplyTo(settings.ownReplyTo(), settings.replyTo().orElse(""));
  }

  /** Stores the address; blank goes back to the admin's address. */
  public ReplyTo save(
      @Email(message = "{email.invalid}") @Size(max = 254, message = "{text.tooLong}")
          String replyTo) {
    settings.setReplyTo(replyTo);
    return replyTo();
  }
}
