package com.orderpool.platform.control;

import java.time.Duration;

/**
 * A one-time set-password link was issued to a tenant user: an invitation (a new account) or a
 * password reset. Observers e-mail it in the same transaction; the raw token travels only here.
 */
public record AccountLinkIssued(
    String tenantCode,
    String email,
    String name,
    String token,
    Purpose purpose,
    Duration validity,
    String invitedBy) {

  /** Why the link was issued. */
  public enum Purpose {
    INVITATION,
    PASSWORD_RESET
  }
}
