package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tenant's SFTP login: its user name (unique across tenants, it decides the tenant) and the hash
 * of its password, if one was set. Its public keys are {@link SftpPublicKey} rows.
 */
@Entity
@Table(name = "sftp_account", schema = TenantSchema.PLATFORM)
public class SftpAccount {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tenant_code")
  private String tenantCode;

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Column(name = "password_changed_by")
  private String passwordChangedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected SftpAccount() {}

  public SftpAccount(String tenantCode, String username, Instant now) {
    this.tenantCode = tenantCode;
    this.username = username;
    this.createdAt = now;
  }

  /** Replaces the password (only its hash is kept). */
  public void changePassword(String hash, String by, Instant now) {
    this.passwordHash = hash;
    this.passwordChangedBy = by;
    this.passwordChangedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public String getPasswordChangedBy() {
    return passwordChangedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
