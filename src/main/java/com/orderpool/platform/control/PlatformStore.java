package com.orderpool.platform.control;

import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.platform.entity.PasswordToken;
import com.orderpool.platform.entity.Role;
import com.orderpool.platform.entity.Tenant;
import com.orderpool.platform.entity.TenantStatus;
import com.orderpool.platform.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Platform-schema reads and writes shared by provisioning, users and login. */
@Stateless
public class PlatformStore {
  public static final Duration TOKEN_VALIDITY = Duration.ofHours(72);
  public static final Duration RESET_VALIDITY = Duration.ofHours(1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * The tenant as the database has it now, not as this node's shared cache last saw it: another
   * node of a cluster may have suspended it a moment ago.
   */
  public Optional<Tenant> tenant(String code) {
    return em.createQuery("SELECT t FROM Tenant t WHERE t.code = :c", Tenant.class)
        .setParameter("c", code)
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  /** The codes of the tenants that are active now (background work runs for these only). */
  public List<String> activeTenantCodes() {
    return em.createQuery(
            "SELECT t.code FROM Tenant t WHERE t.status = :s ORDER BY t.code", String.class)
        .setParameter("s", TenantStatus.ACTIVE)
        .getResultList();
  }

  public Tenant requireTenant(String code) {
    return tenant(code).orElseThrow(() -> new NotFoundException("tenant", code));
  }

  /** Tenants whose code or name is like the pattern (lower case, with wildcards), by code. */
  public List<Tenant> tenantsLike(String pattern, int max) {
    return em.createQuery(
            "SELECT t FROM Tenant t WHERE LOWER(t.code) LIKE :p OR LOWER(t.name) LIKE :p"
                + " ORDER BY t.code",
            Tenant.class)
        .setParameter("p", pattern)
        .setMaxResults(max)
        .getResultList();
  }

  /** Whether an account is active, and its session version. */
  public record SessionState(boolean active, long version) {}

  /** Read from the database, not from any cache, so changes made on other nodes are seen. */
  public Optional<SessionState> sessionState(long userId) {
    return em.createQuery(
            "SELECT u.active, u.sessionVersion FROM UserAccount u WHERE u.id = :id", Object[].class)
        .setParameter("id", userId)
        .getResultStream()
        .findFirst()
        .map(
            r ->
                new SessionState(
                    Boolean.TRUE.equals(r[0]) || r[0] instanceof Number n && n.intValue() != 0,
                    ((Number) r[1]).longValue()));
  }

  /** Ends the existing sessions of every user of a tenant (suspension). */
  public void revokeSessions(Tenant tenant) {
    em.createQuery("SELECT u FROM UserAccount u WHERE u.tenant = :t", UserAccount.class)
        .setParameter("t", tenant)
        .getResultStream()
        .forEach(UserAccount::revokeSessions);
  }

  public Optional<UserAccount> user(String email) {
    // from the database, not the shared cache: a password, state or sign-in written by another
    // server (another node, or the test servers sharing one database) counts at once
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.email = :e", UserAccount.class)
        .setParameter("e", email.strip().toLowerCase(Locale.ROOT))
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  /**
   * Records a sign-in with one statement, not a versioned update of the account: two servers
   * signing the same person in at once must not fail each other.
   */
  public void recordSignIn(long userId, Instant now) {
    em.createQuery("UPDATE UserAccount u SET u.lastLoginAt = :now WHERE u.id = :id")
        .setParameter("now", now)
        .setParameter("id", userId)
        .executeUpdate();
  }

  /** The address of a tenant's longest-standing active admin, if it has one. */
  public Optional<String> firstAdminEmail(String code) {
    return em.createQuery(
            "SELECT u.email FROM UserAccount u WHERE u.tenant.code = :c AND u.role = :r"
                + " AND u.active = TRUE ORDER BY u.id",
            String.class)
        .setParameter("c", code)
        .setParameter("r", com.orderpool.platform.entity.Role.TENANT_ADMIN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The addresses of the tenant's active admins, oldest account first. */
  public List<String> adminEmails(String code) {
    return em.createQuery(
            "SELECT u.email FROM UserAccount u WHERE u.tenant.code = :c AND u.role = :r"
                + " AND u.active = TRUE ORDER BY u.id",
            String.class)
        .setParameter("c", code)
        .setParameter("r", com.orderpool.platform.entity.Role.TENANT_ADMIN)
        .getResultList();
  }

  public void assertProvisionable(String code, String adminEmail) {
    if (tenant(code).isPresent()) {
      throw new ConflictException("code", "tenant.code.taken", code);
    }
    assertEmailFree(adminEmail, "adminEmail");
  }

  public void assertEmailFree(String email, String field) {
    if (user(email).isPresent()) {
      throw new ConflictException(field, "user.email.taken", email);
    }
  }

  /** Writes the tenant row and its first admin; returns the admin's one-time token. */
  public String createTenant(
      String code,
      String name,
      String locale,
      String currency,
      String adminEmail,
      String adminName) {
    assertProvisionable(code, adminEmail);
    Instant now = clock.instant();
    Tenant tenant = new Tenant(code, name.strip(), locale, currency, now);
    em.persist(tenant);
    UserAccount admin = new UserAccount(tenant, adminEmail, adminName, Role.TENANT_ADMIN, now);
    em.persist(admin);
    return issueToken(admin);
  }

  /** Creates a user who must set a password through a one-time link; returns the token. */
  public String invite(Tenant tenant, String email, String name, Role role) {
    String normalized = email.strip().toLowerCase(Locale.ROOT);
    assertEmailFree(normalized, "email");
    UserAccount user = new UserAccount(tenant, normalized, name.strip(), role, clock.instant());
    em.persist(user);
    return issueToken(user);
  }

  /** Creates a user with a known password (platform admin bootstrap, demo packs). */
  public UserAccount createWithPassword(
      Tenant tenant, String email, String name, Role role, String password) {
    UserAccount user =
        new UserAccount(
            tenant == null ? null : em.merge(tenant),
            email.strip().toLowerCase(Locale.ROOT),
            name,
            role,
            clock.instant());
    user.setPasswordHash(PasswordHasher.hash(password));
    em.persist(user);
    return user;
  }

  /** Sets a password directly (demo packs only; people use set-password links). */
  public void setPassword(String email, String password) {
    user(email)
        .orElseThrow(() -> new NotFoundException("user", email))
        .setPasswordHash(PasswordHasher.hash(password));
  }

  public long countPlatformAdmins() {
    return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.role = :r", Long.class)
        .setParameter("r", Role.PLATFORM_ADMIN)
        .getSingleResult();
  }

  /** A 72-hour set-password token for a user (the user's older open links stop working). */
  public String issueToken(UserAccount user) {
    String raw = Tokens.newToken();
    Instant now = clock.instant();
    revokeOpenTokens(user, now);
    em.persist(new PasswordToken(user, Tokens.sha256(raw), now, now.plus(TOKEN_VALIDITY)));
    return raw;
  }

  /** A one-hour password-reset token for a user; returns the raw token. */
  public String issueResetToken(UserAccount user) {
    String raw = Tokens.newToken();
    Instant now = clock.instant();
    revokeOpenTokens(user, now);
    em.persist(
        new PasswordToken(
            user, Tokens.sha256(raw), PasswordToken.RESET_PASSWORD, now, now.plus(RESET_VALIDITY)));
    return raw;
  }

  public Optional<PasswordToken> usableToken(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createQuery(
            "SELECT t FROM PasswordToken t WHERE t.tokenHash = :h", PasswordToken.class)
        .setParameter("h", Tokens.sha256(raw.strip()))
        .getResultStream()
        .filter(t -> t.isUsable(now))
        .findFirst();
  }

  /**
   * Uses a token: marks it used in one conditional UPDATE, so of two concurrent calls with the same
   * token exactly one gets the user (the other waits for the row lock and then finds it used), and
   * revokes the user's other open tokens. Empty for unknown, used or expired tokens.
   */
  public Optional<UserAccount> consumeToken(String raw) {
    Optional<PasswordToken> token = usableToken(raw);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    int taken =
        em.createQuery(
                "UPDATE PasswordToken t SET t.usedAt = :now"
                    + " WHERE t.id = :id AND t.usedAt IS NULL AND t.expiresAt > :now")
            .setParameter("now", now)
            .setParameter("id", token.get().getId())
            .executeUpdate();
    if (taken != 1) {
      return Optional.empty();
    }
    UserAccount user = token.get().getUser();
    revokeOpenTokens(user, now);
    return Optional.of(user);
  }

  /** Ends every open set-password or reset link of the user; returns how many there were. */
  public int revokeOpenTokens(UserAccount user, Instant now) {
    if (user.getId() == null) {
      return 0;
    }
    return em.createQuery(
            "UPDATE PasswordToken t SET t.usedAt = :now WHERE t.user.id = :u AND t.usedAt IS NULL")
        .setParameter("now", now)
        .setParameter("u", user.getId())
        .executeUpdate();
  }
}
