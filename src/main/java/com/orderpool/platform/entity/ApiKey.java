package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A tenant's API key. Only the SHA-256 of the key is stored; its public prefix finds it. Revoked or
 * expired keys authenticate nobody. A key bound to a partner sees only that partner's orders.
 */
@Entity
@Table(name = "api_key", schema = TenantSchema.PLATFORM)
public class ApiKey {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_code")
  private String tenantCode;

  private String name;
  private String prefix;

  @Column(name = "secret_hash")
  private String secretHash;

  /** Space-separated scopes, e.g. {@code orders:read orders:write}. */
  private String scopes;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  /** The partner (of the tenant) the key is bound to; null: the whole tenant. */
  @Column(name = "partner_id")
  private Long partnerId;

  protected ApiKey() {}

  public ApiKey(
      String tenantCode,
      String name,
      String prefix,
      String secretHash,
      Set<String> scopes,
      Instant expiresAt,
      String createdBy,
      Instant now) {
    this.tenantCode = tenantCode;
    this.name = name.strip();
    this.prefix = prefix;
    this.secretHash = secretHash;
    this.scopes = String.join(" ", scopes);
    this.expiresAt = expiresAt;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Whether the key may be used at this moment (not revoked, not expired). */
  public boolean isUsable(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  public void revoke(String by, Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
      revokedBy = by;
    }
  }

  /** Records a use; written at most once a minute, so busy keys do not rewrite their row. */
  public boolean touch(Instant now) {
    if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
      lastUsedAt = now;
      return true;
    }
    return false;
  }

  public Set<String> scopeSet() {
    return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
  }

  public Long getId() {
    return id;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public String getScopes() {
    return scopes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  /** Binds a new key to one partner of its tenant. */
  public void bindTo(Long partnerId) {
    this.partnerId = partnerId;
  }
}
