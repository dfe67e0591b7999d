package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant that submits paid orders to its partners automatically after {@code afterMinutes}. */
@Entity
@Table(name = "auto_submit", schema = TenantSchema.PLATFORM)
public class AutoSubmit {
  @Id
  @Column(name = "tenant_code")
  private String tenantCode;

  @Column(name = "after_minutes")
  private int afterMinutes;

  @Column(name = "set_by")
  private String setBy;

  @Column(name = "set_at")
  private Instant setAt;

  protected AutoSubmit() {}

  public AutoSubmit(String tenantCode) {
    this.tenantCode = tenantCode;
  }

  public void set(int minutes, String by, Instant now) {
    this.afterMinutes = minutes;
    this.setBy = by;
    this.setAt = now;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public Instant getSetAt() {
    return setAt;
  }

  public int getAfterMinutes() {
    return afterMinutes;
  }
}
