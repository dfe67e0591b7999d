package com.orderpool.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * The first answer to a POST with an {@code Idempotency-Key}: the hash of the request it answered,
 * and its status, body and location, replayed for the same key.
 */
@Entity
@Table(name = "api_idempotency")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class IdempotencyRecord {
  @Id
  @Column(name = "idem_key")
  private String idemKey;

  @Column(name = "request_hash")
  private String requestHash;

  private Integer status;

  private String body;

  private String location;

  @Column(name = "created_at")
  private Instant createdAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(String key, String requestHash, Instant now) {
    this.idemKey = key;
    this.requestHash = requestHash;
    this.createdAt = now;
  }

  public void answer(int status, String body, String location) {
    this.status = status;
    this.body = body;
    this.location = location;
  }

  public String getKey() {
    return idemKey;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public Integer getStatus() {
    return status;
  }

  public String getBody() {
    return body;
  }

  public String getLocation() {
    return location;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
