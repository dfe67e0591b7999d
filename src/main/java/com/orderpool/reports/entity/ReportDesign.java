package com.orderpool.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A tenant's own version of a document design (JRXML), which replaces the shipped one. */
@Entity
@Table(name = "report_design")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class ReportDesign implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id private String name;
  private String jrxml;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  protected ReportDesign() {}

  public ReportDesign(String name) {
    this.name = name;
  }

  /** Replaces the design; callers check that it compiles and fills first. */
  public void replace(String jrxml, String actor, Instant now) {
    this.jrxml = jrxml;
    this.uploadedBy = actor;
    this.uploadedAt = now;
  }

  public String getName() {
    return name;
  }

  public String getJrxml() {
    return jrxml;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
