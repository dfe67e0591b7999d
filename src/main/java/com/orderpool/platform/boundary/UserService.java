package com.orderpool.platform.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.platform.control.AccountLinkIssued;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.platform.control.Tokens;
import com.orderpool.platform.entity.Role;
import com.orderpool.platform.entity.Tenant;
import com.orderpool.platform.entity.UserAccount;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A tenant admin manages the users of their own tenant, and only those. */
@Allow(TENANT_ADMIN)
@Stateless
public class UserService {
  @PersistenceContext EntityManager em;
  @Inject PlatformStore store;
  @Inject TenantContext tenantContext;
  @Inject Event<AccountLinkIssued> links;

  public List<UserRow> users() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.tenant.code = :c ORDER BY u.email",
            UserAccount.class)
        .setParameter("c", tenantContext.code())
        .getResultStream()
        .map(UserRow::of)
        .toList();
  }

  /** The active admins and staff of the caller's tenant, who can be given work such as tasks. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<UserRow> assignable() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.tenant.code = :c AND u.active = TRUE"
                + " AND u.role IN :roles ORDER BY u.displayName, u.email",
            UserAccount.class)
        .setParameter("c", tenantContext.code())
        .setParameter("roles", List.of(Role.TENANT_ADMIN, Role.STAFF))
        .getResultStream()
        .map(UserRow::of)
        .toList();
  }

  /**
   * Invites a user: the account waits for a password, and the invitation e-mail with the one-time
   * set-password link is queued in the same transaction. Returns the token (for tests and logs of
   * the caller, never shown to the inviter). An address of this tenant's own users is refused as
   * taken; one that belongs to another tenant is answered like any invitation (see below).
   */
  public String invite(
      @NotBlank(message = "{user.email.required}")
          @Email(message = "{email.invalid}")
          @Size(max = 254)
          String email,
      @NotBlank(message = "{user.name.required}") @Size(max = 120) String name,
      @NotNull Role role) {
    if (!role.isTenantRole()) {
      throw new BusinessException("role", "user.role.invalid");
    }
    Tenant tenant = store.requireTenant(tenantContext.code());
    Optional<UserAccount> taken = store.user(email);
    if (taken.isPresent() && !sameTenant(taken.get())) {
      return answerLikeAnInvitation();
    }
    String token = store.invite(tenant, email, name, role);
    links.fire(
        new AccountLinkIssued(
            tenant.getCode(),
            email.strip().toLowerCase(Locale.ROOT),
            name.strip(),
            token,
            AccountLinkIssued.Purpose.INVITATION,
            PlatformStore.TOKEN_VALIDITY,
            tenantContext.principal().map(p -> p.displayName()).orElse(null)));
    return token;
  }

  /**
   * An address that has an account in another tenant (or is a platform admin's) is answered exactly
   * like a new invitation, so a tenant admin cannot probe which addresses other companies use.
   * Nothing is created and nothing is sent: the person keeps their account, learns nothing about
   * this tenant's attempt, and this tenant learns nothing about theirs. The token opens nothing.
   */
  private static String answerLikeAnInvitation() {
    return Tokens.newToken();
  }

  private boolean sameTenant(UserAccount user) {
    return user.getTenant() != null && user.getTenant().getCode().equals(tenantContext.code());
  }

  public void deactivate(long userId) {
    UserAccount u = ownUser(userId);
    if (tenantContext.principal().map(p -> p.userId() == userId).orElse(false)) {
      throw BusinessException.of("user.deactivate.self");
    }
    u.deactivate();
  }

  public void reactivate(long userId) {
    ownUser(userId).activate();
  }

  /** A user of the caller's tenant; another tenant's user does not exist for the caller. */
  private UserAccount ownUser(long userId) {
    UserAccount u = em.find(UserAccount.class, userId);
    if (u == null
        || u.getTenant() == null
        || !u.getTenant().getCode().equals(tenantContext.code())) {
      throw new NotFoundException("user", userId);
    }
    return u;
  }
}
