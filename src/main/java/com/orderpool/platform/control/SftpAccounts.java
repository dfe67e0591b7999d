package com.orderpool.platform.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.platform.entity.SftpAccount;
import com.orderpool.platform.entity.SftpPublicKey;
import com.orderpool.platform.entity.TenantStatus;
import com.orderpool.tenancy.TenantSchema;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tenants' SFTP logins in the platform schema: one per tenant, named after its code. A new password
 * is generated and returned once (only its hash is kept); public keys are added and removed. A
 * login names its tenant only while the tenant is active.
 */
@Stateless
public class SftpAccounts {
  /** The most public keys a login may have. */
  public static final int MAX_KEYS = 20;

  @PersistenceContext EntityManager em;
  @Inject PlatformStore store;
  @Inject Clock clock;

  /** A public key as the settings page lists it. */
  public record KeyRow(
      long id, String type, String comment, String fingerprint, Instant createdAt, String createdBy)
      implements Serializable {}

  /** A tenant's login: its user name, when its password was last set (null: none) and its keys. */
  public record Login(
      String username, Instant passwordChangedAt, String passwordChangedBy, List<KeyRow> keys)
      implements Serializable {}

  /** The user name of a tenant's login: its company code in lower case. */
  public static String usernameOf(String tenantCode) {
    return TenantSchema.of(tenantCode).substring("tenant_".length()).toLowerCase(Locale.ROOT);
  }

  /** The tenant's login as it is now (with no password and no keys when never set up). */
  public Login login(String tenantCode) {
    Optional<SftpAccount> account = find(tenantCode);
    return new Login(
        usernameOf(tenantCode),
        account.map(SftpAccount::getPasswordChangedAt).orElse(null),
        account.map(SftpAccount::getPasswordChangedBy).orElse(null),
        account.map(a -> keys(a.getId())).orElse(List.of()));
  }

  /** Generates a new password for the tenant's login, replacing the old one; returns it once. */
  public String newPassword(String tenantCode, String by) {
    String password = Tokens.newToken().substring(0, 24);
    setPassword(tenantCode, password, by);
    return password;
  }

  /**
   * The embedded run's demo login: the tenant's login gets exactly this password (from the
   * embedded-only configuration), so the password the launcher prints is the one that works.
   */
  public void ensurePassword(String tenantCode, String password) {
    Optional<SftpAccount> account = find(tenantCode);
    if (account.isEmpty() || !PasswordHasher.verify(password, account.get().getPasswordHash())) {
      setPassword(tenantCode, password, "system");
    }
  }

  /** Adds a pasted OpenSSH public key to the tenant's login. */
  public KeyRow addKey(String tenantCode, String text, String by) {
    SshPublicKeys.Parsed parsed = SshPublicKeys.parse(text, "publicKey");
    SftpAccount account = findOrCreate(tenantCode);
    List<KeyRow> existing = keys(account.getId());
    if (existing.stream().anyMatch(k -> k.fingerprint().equals(parsed.fingerprint()))) {
      throw new BusinessException("publicKey", "sftp.key.duplicate");
    }
    if (existing.size() >= MAX_KEYS) {
      throw new BusinessException("publicKey", "sftp.key.tooMany", MAX_KEYS);
    }
    SftpPublicKey key =
        new SftpPublicKey(
            account.getId(),
            parsed.type(),
            parsed.data(),
            parsed.comment(),
            parsed.fingerprint(),
            by,
            clock.instant());
    em.persist(key);
    em.flush();
    return row(key);
  }

  /** Removes a key of the tenant's login; another tenant's key is not found. */
  public void removeKey(String tenantCode, long keyId) {
    SftpPublicKey key = em.find(SftpPublicKey.class, keyId);
    Optional<SftpAccount> account = find(tenantCode);
    if (key == null || account.isEmpty() || key.getAccountId() != account.get().getId()) {
      throw new NotFoundException("sftpKey", keyId);
    }
    em.remove(key);
  }

  /** The tenant a user name and password sign in as; empty when wrong or the tenant is inactive. */
  public Optional<String> signInWithPassword(String username, String password) {
    Optional<SftpAccount> account = byUsername(username);
    if (account.isEmpty() || account.get().getPasswordHash() == null) {
      PasswordHasher.burnTime(password);
      return Optional.empty();
    }
    if (!PasswordHasher.verify(password, account.get().getPasswordHash())) {
      return Optional.empty();
    }
    return active(account.get().getTenantCode());
  }

  /** The tenant a user name and public key sign in as; empty when unknown or inactive. */
  public Optional<String> signInWithKey(String username, PublicKey presented) {
    Optional<SftpAccount> account = byUsername(username);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    String fingerprint = SshPublicKeys.fingerprint(presented);
    boolean known =
        em.createQuery(
                    "SELECT COUNT(k) FROM SftpPublicKey k WHERE k.accountId = :a AND k.fingerprint = :f",
                    Long.class)
                .setParameter("a", account.get().getId())
                .setParameter("f", fingerprint)
                .getSingleResult()
            > 0;
    return known ? active(account.get().getTenantCode()) : Optional.empty();
  }

  private void setPassword(String tenantCode, String password, String by) {
    findOrCreate(tenantCode).changePassword(PasswordHasher.hash(password), by, clock.instant());
  }

  private Optional<String> active(String tenantCode) {
    return store
        .tenant(tenantCode)
        .filter(t -> t.getStatus() == TenantStatus.ACTIVE)
        .map(t -> t.getCode());
  }

  private SftpAccount findOrCreate(String tenantCode) {
    return find(tenantCode)
        .orElseGet(
            () -> {
              store.requireTenant(tenantCode);
              SftpAccount a = new SftpAccount(tenantCode, usernameOf(tenantCode), clock.instant());
              em.persist(a);
              em.flush();
              return a;
            });
  }

  private Optional<SftpAccount> find(String tenantCode) {
    return em.createQuery("SELECT a FROM SftpAccount a WHERE a.tenantCode = :t", SftpAccount.class)
        .setParameter("t", tenantCode)
        .getResultStream()
        .findFirst();
  }

  private Optional<SftpAccount> byUsername(String username) {
    if (username == null || username.length() > 32) {
      return Optional.empty();
    }
    // from the database, not the cache: a password replaced on another node counts at once
    return em.createQuery("SELECT a FROM SftpAccount a WHERE a.username = :u", SftpAccount.class)
        .setParameter("u", username.toLowerCase(Locale.ROOT))
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  private List<KeyRow> keys(long accountId) {
    return em
        .createQuery(
            "SELECT k FROM SftpPublicKey k WHERE k.accountId = :a ORDER BY k.createdAt, k.id",
            SftpPublicKey.class)
        .setParameter("a", accountId)
        .getResultList()
        .stream()
        .map(SftpAccounts::row)
        .toList();
  }

  private static KeyRow row(SftpPublicKey k) {
    return new KeyRow(
        k.getId(),
        k.getKeyType(),
        k.getComment(),
        k.getFingerprint(),
        k.getCreatedAt(),
        k.getCreatedBy());
  }
}
