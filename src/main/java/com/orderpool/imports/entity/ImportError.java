package com.orderpool.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A bad row of an imported file: its line, the column at fault (if one) and the message. */
@Entity
@Table(name = "import_error")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class ImportError implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id")
  private long jobId;

  private int line;

  private String field;

  private String message;

  @Column(name = "external_reference")
  private String externalReference;

  protected ImportError() {}

  public ImportError(long jobId, int line, String field, String message, String externalReference) {
    this.jobId = jobId;
    this.line = line;
    this.field = field;
    this.message = message.length() <= 500 ? message : message.substring(0, 500);
    this.externalReference = externalReference;
  }

  public Long getId() {
    return id;
  }

  public long getJobId() {
    return jobId;
  }

  public int getLine() {
    return line;
  }

  public String getField() {
    return field;
  }

  public String getMessage() {
    return message;
  }

  public String getExternalReference() {
    return externalReference;
  }
}
