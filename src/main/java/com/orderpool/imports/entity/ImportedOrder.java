package com.orderpool.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** What became of one order of an imported file. */
@Entity
@Table(name = "import_order")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class ImportedOrder implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Created now, already there (same reference and channel), or refused for its rows' errors. */
  public enum Outcome {
    CREATED,
    DUPLICATE,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id")
  private long jobId;

  @Column(name = "external_reference")
  private String externalReference;

  @Column(name = "first_line")
  private int firstLine;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "order_number")
  private String orderNumber;

  protected ImportedOrder() {}

  public ImportedOrder(
      long jobId, String externalReference, int firstLine, Outcome outcome, String orderNumber) {
    this.jobId = jobId;
    this.externalReference = externalReference;
    this.firstLine = firstLine;
    this.outcome = outcome;
    this.orderNumber = orderNumber;
  }

  public Long getId() {
    return id;
  }

  public long getJobId() {
    return jobId;
  }

  public String getExternalReference() {
    return externalReference;
  }

  public int getFirstLine() {
    return firstLine;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getOrderNumber() {
    return orderNumber;
  }
}
