package com.orderpool.platform.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ForbiddenException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.UnauthenticatedException;
import com.orderpool.platform.entity.ApiKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Tenants' API keys in the platform schema: issue (the key text is returned once), list, revoke,
 * and authenticate a presented key, which decides the tenant.
 */
@Stateless
public class ApiKeys {
  /** The scopes a key may carry. */
  public static final List<String> SCOPES =
      List.of("orders:read", "orders:write", "shipments:write", "webhooks:manage");

  /** The scopes a key bound to a partner may carry: it reads its orders and ships them. */
  public static final List<String> PARTNER_SCOPES = List.of("orders:read", "shipments:write");

  @PersistenceContext EntityManager em;
  @Inject TenantDirectory tenants;
  @Inject ApiKeyCache cache;
  @Inject Event<ApiKeyCache.Revoked> revoked;
  @Inject Clock clock;

  /** A key as the settings page lists it (never its secret). */
  public record Row(
      long id,
      String name,
      String prefix,
      List<String> scopes,
      Instant createdAt,
      String createdBy,
      Instant expiresAt,
      Instant lastUsedAt,
      Instant revokedAt,
      boolean usable,
      Long partnerId)
      implements Serializable {}

  /** A new key: its row, and its full text, which is shown this once. */
  public record Issued(Row row, String key) implements Serializable {}

  /**
   * The caller a valid key stands for: its tenant, the key's id and name, its scopes, and the
   * partner it is bound to (null: the whole tenant).
   */
  public record Caller(
      String tenantCode, long keyId, String keyName, Set<String> scopes, Long partnerId)
      implements Serializable {
    public Caller(String tenantCode, long keyId, String keyName, Set<String> scopes) {
      this(tenantCode, keyId, keyName, scopes, null);
    }

    /** Whether the key is bound to one partner. */
    public boolean isPartner() {
      return partnerId != null;
    }
  }

  public Issued issue(
      String tenantCode, String name, Set<String> scopes, Instant expiresAt, String by) {
    return issue(tenantCode, name, scopes, expiresAt, by, null);
  }

  /**
   * Issues a key; with {@code partnerId} (a partner of the tenant, checked by the caller) the key
   * is bound to that partner and carries only {@link #PARTNER_SCOPES}.
   */
  public Issued issue(
      String tenantCode,
      String name,
      Set<String> scopes,
      Instant expiresAt,
      String by,
      Long partnerId) {
    if (scopes.isEmpty()) {
      throw new BusinessException("scopes", "apiKey.scopes.required");
    }
    if (!SCOPES.containsAll(scopes)) {
      throw new BusinessException("scopes", "apiKey.scopes.unknown");
    }
    if (partnerId != null && !PARTNER_SCOPES.containsAll(scopes)) {
      throw new BusinessException("scopes", "apiKey.scopes.partner");
    }
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new BusinessException("expiresAt", "apiKey.expiry.past");
    }
    return issue(tenantCode, name, scopes, expiresAt, by, partnerId, ApiKeyFormat.generate(), now);
  }

  private Issued issue(
      String tenantCode,
      String name,
      Set<String> scopes,
      Instant expiresAt,
      String by,
      Long partnerId,
      ApiKeyFormat.Parts parts,
      Instant now) {
    ApiKey key =
        new ApiKey(
            tenantCode,
            name,
            parts.prefix(),
            ApiKeyFormat.hash(parts.key()),
            scopes,
            expiresAt,
            by,
            now);
    key.bindTo(partnerId);
    em.persist(key);
    em.flush();
    return new Issued(row(key, now), parts.key());
  }

  /**
   * The embedded run's demo key: a key with exactly this text for the tenant, created when it is
   * missing (the text comes from the embedded-only configuration, so it stays the same).
   */
  public void ensure(String tenantCode, String name, String keyText) {
    String prefix =
        ApiKeyFormat.prefixOf(keyText)
            .orElseThrow(() -> new IllegalArgumentException("not an API key: demo key"));
    if (find(prefix) == null) {
      issue(
          tenantCode,
          name,
          new java.util.LinkedHashSet<>(SCOPES),
          null,
          "system",
          null,
          new ApiKeyFormat.Parts(prefix, keyText),
          clock.instant());
    }
  }

  public List<Row> of(String tenantCode) {
    Instant now = clock.instant();
    return em
        .createQuery(
            "SELECT k FROM ApiKey k WHERE k.tenantCode = :t ORDER BY k.createdAt DESC, k.id DESC",
            ApiKey.class)
        .setParameter("t", tenantCode)
        .getResultList()
        .stream()
        .map(k -> row(k, now))
        .toList();
  }

  /** Revokes a key of the tenant; another tenant's key is not found. */
  public void revoke(String tenantCode, long id, String by) {
    ApiKey key = em.find(ApiKey.class, id);
    if (key == null || !key.getTenantCode().equals(tenantCode)) {
      throw new NotFoundException("apiKey", id);
    }
    key.revoke(by, clock.instant());
    revoked.fire(new ApiKeyCache.Revoked(key.getPrefix()));
  }

  /**
   * The caller of a presented key. A missing, malformed, unknown, revoked or expired key is
   * unauthenticated (401, never saying which); a valid key of a suspended tenant is forbidden.
   */
  public Caller authenticate(String keyText) {
    String prefix = ApiKeyFormat.prefixOf(keyText).orElseThrow(UnauthenticatedException::new);
    String hash = ApiKeyFormat.hash(keyText);
    Instant now = clock.instant();
    Caller caller = cache.caller(prefix, hash, now).orElseGet(() -> check(prefix, hash, now));
    if (!tenants.isActive(caller.tenantCode())) {
      throw new ForbiddenException();
    }
    return caller;
  }

  private Caller check(String prefix, String hash, Instant now) {
    ApiKey key = find(prefix);
    if (key == null
        || !MessageDigest.isEqual(
            key.getSecretHash().getBytes(StandardCharsets.US_ASCII),
            hash.getBytes(StandardCharsets.US_ASCII))
        || !key.isUsable(now)) {
      throw new UnauthenticatedException();
    }
    key.touch(now);
    Caller caller =
        new Caller(
            key.getTenantCode(), key.getId(), key.getName(), key.scopeSet(), key.getPartnerId());
    cache.remember(prefix, key.getSecretHash(), caller, key.getExpiresAt(), now);
    return caller;
  }

  private ApiKey find(String prefix) {
    // read from the database, not the cache: a key revoked on another node is refused at once
    return em.createQuery("SELECT k FROM ApiKey k WHERE k.prefix = :p", ApiKey.class)
        .setParameter("p", prefix)
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static Row row(ApiKey k, Instant now) {
    return new Row(
        k.getId(),
        k.getName(),
        k.getPrefix(),
        List.copyOf(k.scopeSet()),
        k.getCreatedAt(),
        k.getCreatedBy(),
        k.getExpiresAt(),
        k.getLastUsedAt(),
        k.getRevokedAt(),
        k.isUsable(now),
        k.getPartnerId());
  }
}
