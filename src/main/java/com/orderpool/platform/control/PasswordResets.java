package com.orderpool.platform.control;

import com.orderpool.platform.entity.UserAccount;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Issues password-reset links in the background, after "forgot password" has answered, so the
 * answer takes the same time whether or not the address has an account.
 */
@Stateless
public class PasswordResets {
  @Inject PlatformStore store;
  @Inject Event<AccountLinkIssued> links;

  /**
   * Looks the address up and, for an active user of an active tenant, issues a one-hour link that
   * the tenant's outbox e-mails in this same transaction.
   */
  @Asynchronous
  public void sendLater(String email) {
    store
        .user(email)
        .filter(UserAccount::isActive)
        .filter(u -> u.getTenant() != null && u.getTenant().isActive())
        .ifPresent(
            u ->
                links.fire(
                    new AccountLinkIssued(
                        u.getTenant().getCode(),
                        u.getEmail(),
                        u.getDisplayName(),
                        store.issueResetToken(u),
                        AccountLinkIssued.Purpose.PASSWORD_RESET,
                        PlatformStore.RESET_VALIDITY,
                        null)));
  }
}
