package com.orderpool.platform.boundary;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.platform.control.PasswordHasher;
import com.orderpool.platform.control.PasswordResets;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.platform.control.SignInThrottle;
import com.orderpool.platform.entity.Role;
import com.orderpool.platform.entity.UserAccount;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.OrderpoolPrincipal;
import com.orderpool.tenancy.Roles;
import com.orderpool.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Login checks with throttling, and setting a password through a one-time link: the doors open to
 * callers who are not signed in ({@code @PermitAll}).
 */
@Stateless
public class AccountService {
  @Inject PlatformStore store;
  @Inject Clock clock;
  @Inject SignInThrottle throttle;
  @Inject PasswordResets resets;
  @Inject TenantContext tenantContext;

  /**
   * The result of a successful login: who, with which role, and whether the account must choose a
   * new password before anything else (a generated first password).
   */
  public record Login(OrderpoolPrincipal principal, Role role, boolean mustChangePassword) {}

  /**
   * Checks a login in its own transaction. Every failure looks the same to the caller. Failures are
   * throttled per client address and per account at that address (see {@link SignInThrottle}), so
   * guessing from one address never locks the account for its owner elsewhere. A password stored in
   * an older hash format is stored again in the current one.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @PermitAll
  public Optional<Login> login(String email, String password, String clientAddress) {
    Instant now = clock.instant();
    if (throttle.refusesSignIn(email, clientAddress, now)) {
      PasswordHasher.burnTime(password);
      throttle.signInFailed(email, clientAddress, now);
      return Optional.empty();
    }
    Optional<UserAccount> found = email == null ? Optional.empty() : store.user(email);
    if (found.isEmpty() || !found.get().hasPassword()) {
      PasswordHasher.burnTime(password);
      throttle.signInFailed(email, clientAddress, now);
      return Optional.empty();
    }
    UserAccount user = found.get();
    if (!PasswordHasher.verify(password, user.getPasswordHash())) {
      throttle.signInFailed(email, clientAddress, now);
      return Optional.empty();
    }
    if (!user.isActive() || (user.getTenant() != null && !user.getTenant().isActive())) {
      return Optional.empty();
    }
    throttle.signInSucceeded(email, clientAddress);
    if (PasswordHasher.needsRehash(user.getPasswordHash())) {
      user.rehash(PasswordHasher.hash(password));
      user.loginSucceeded(now);
    } else {
      store.recordSignIn(user.getId(), now);
    }
    String tenantCode = user.getTenant() == null ? null : user.getTenant().getCode();
    return Optional.of(
        new Login(
            new OrderpoolPrincipal(
                user.getEmail(),
                user.getId(),
                tenantCode,
                user.getDisplayName(),
                user.getSessionVersion()),
            user.getRole(),
            user.mustChangePassword()));
  }

  /**
   * "Forgot password": e-mails a one-hour reset link to an active user of an active tenant. The
   * caller learns nothing either way: this answers at once, the same for every address, and the
   * lookup and the e-mail happen afterwards in the background. Requests are throttled per client
   * address and per account; throttled ones are answered the same and dropped. Platform admin
   * accounts are not reset by e-mail: another platform admin, or the deployment's admin password
   * setting, resets them.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @PermitAll
  public void requestPasswordReset(String email, String clientAddress) {
    if (email == null || email.isBlank() || email.length() > 254) {
      return;
    }
    if (throttle.allowsReset(email, clientAddress, clock.instant())) {
      resets.sendLater(email);
    }
  }

  /** The e-mail a set-password link belongs to; unknown, used or expired links are not found. */
  @PermitAll
  public String tokenOwner(String token) {
    return store
        .usableToken(token)
        .map(t -> t.getUser().getEmail())
        .orElseThrow(() -> new NotFoundException("link", "set-password"));
  }

  /**
   * Sets the password through a one-time link. The link is used up atomically (a second or
   * concurrent use is not found) and the user's other open links are revoked with it.
   */
  @PermitAll
  public void setPassword(String token, String password, String confirmation) {
    store.usableToken(token).orElseThrow(() -> new NotFoundException("link", "set-password"));
    checkNewPassword(password, confirmation);
    String hash = PasswordHasher.hash(password);
    store
        .consumeToken(token)
        .orElseThrow(() -> new NotFoundException("link", "set-password"))
        .setPasswordHash(hash);
  }

  // --- first sign-in with a generated password -------------------------------------------------

  /**
   * The signed-in caller replaces a generated password before anything else; refused when the
   * account has no such pending change or the new password is the old one.
   */
  // the only role of a session signed in with a generated password
  @Allow(Roles.PASSWORD_CHANGE_REQUIRED)
  public void chooseFirstPassword(String password, String confirmation) {
    UserAccount user =
        tenantContext
            .principal()
            .flatMap(p -> store.user(p.getName()))
            .filter(UserAccount::mustChangePassword)
            .orElseThrow(() -> BusinessException.of("password.change.notRequired"));
    checkNewPassword(password, confirmation);
    if (PasswordHasher.verify(password, user.getPasswordHash())) {
      throw new BusinessException("password", "password.change.same");
    }
    user.setPasswordHash(PasswordHasher.hash(password));
  }

  private static void checkNewPassword(String password, String confirmation) {
    if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
      throw new BusinessException("password", "password.tooShort", PasswordHasher.MIN_LENGTH);
    }
    if (!password.equals(confirmation)) {
      throw new BusinessException("confirmation", "password.mismatch");
    }
  }
}
