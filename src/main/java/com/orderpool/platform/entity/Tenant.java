package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A merchant company with its own schema. */
@Entity
@Table(name = "tenant", schema = TenantSchema.PLATFORM)
public class Tenant {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  @Column(name = "schema_name")
  private String schemaName;

  @Enumerated(EnumType.STRING)
  private TenantStatus status;

  private String locale;
  private String currency;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Version private long version;

  protected Tenant() {}

  public Tenant(String code, String name, String locale, String currency, Instant now) {
    this.code = code;
    this.name = name;
    this.schemaName = TenantSchema.of(code);
    this.locale = locale;
    this.currency = currency;
    this.status = TenantStatus.ACTIVE;
    this.createdAt = now;
  }

  public void suspend(Instant now) {
    status = TenantStatus.SUSPENDED;
    statusChangedAt = now;
  }

  public void reactivate(Instant now) {
    status = TenantStatus.ACTIVE;
    statusChangedAt = now;
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getSchemaName() {
    return schemaName;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public String getLocale() {
    return locale;
  }

  public String getCurrency() {
    return currency;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
