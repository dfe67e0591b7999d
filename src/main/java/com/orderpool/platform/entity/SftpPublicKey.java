package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An OpenSSH public key that may sign in as a tenant's SFTP login: type, key data, comment. */
@Entity
@Table(name = "sftp_public_key", schema = TenantSchema.PLATFORM)
public class SftpPublicKey {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "key_type")
  private String keyType;

  @Column(name = "key_data")
  private String keyData;

  private String comment;
  private String fingerprint;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected SftpPublicKey() {}

  public SftpPublicKey(
      long accountId,
      String keyType,
      String keyData,
      String comment,
      String fingerprint,
      String createdBy,
      Instant now) {
    this.accountId = accountId;
    this.keyType = keyType;
    this.keyData = keyData;
    this.comment = comment;
    this.fingerprint = fingerprint;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** The key as one line of an authorized_keys file, without its comment. */
  public String line() {
    return keyType + " " + keyData;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getKeyType() {
    return keyType;
  }

  public String getKeyData() {
    return keyData;
  }

  public String getComment() {
    return comment;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
