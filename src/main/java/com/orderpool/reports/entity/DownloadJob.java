package com.orderpool.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A report or export made in the background for one user: queued, running (with the rows done so
 * far), done (its file kept until it expires) or failed (with the reason). Only its owner sees it.
 */
@Entity
@Table(name = "download_job")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class DownloadJob implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** How long a finished file is kept. */
  public static final Duration KEPT = Duration.ofDays(7);

  /** What a job makes. */
  public enum Kind {
    REPORT,
    EXPORT
  }

  /** Where a job is. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String owner;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String name;
  private String format;
  private String params;
  private String title;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "rows_total")
  private long rowsTotal;

  @Column(name = "rows_done")
  private long rowsDone;

  @Column(name = "file_key")
  private String fileKey;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  private String error;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Version private long version;

  protected DownloadJob() {}

  public DownloadJob(
      String owner,
      Kind kind,
      String name,
      String format,
      String params,
      String title,
      long rowsTotal,
      Instant now) {
    this.owner = owner;
    this.kind = kind;
    this.name = name;
    this.format = format;
    this.params = params;
    this.title = title;
    this.rowsTotal = rowsTotal;
    this.status = Status.QUEUED;
    this.createdAt = now;
    this.expiresAt = now.plus(KEPT);
  }

  /** Starts the job on this node. */
  public void start(Instant now) {
    if (status != Status.QUEUED) {
      throw new IllegalStateException("job " + id + " is " + status);
    }
    status = Status.RUNNING;
    startedAt = now;
    heartbeatAt = now;
    rowsDone = 0;
  }

  /** The job finished; its file is kept for a week from now. */
  public void done(String fileKey, String fileName, long sizeBytes, long rows, Instant now) {
    this.status = Status.DONE;
    this.fileKey = fileKey;
    this.fileName = fileName;
    this.sizeBytes = sizeBytes;
    this.rowsDone = rows;
    this.rowsTotal = Math.max(rowsTotal, rows);
    this.finishedAt = now;
    this.expiresAt = now.plus(KEPT);
  }

  public void failed(String reason, Instant now) {
    this.status = Status.FAILED;
    this.error = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
    this.finishedAt = now;
  }

  /** Back in the queue (its node stopped while it ran). */
  public void requeue() {
    status = Status.QUEUED;
    startedAt = null;
    heartbeatAt = null;
    rowsDone = 0;
  }

  /** Progress in percent (0 to 100). */
  public int getPercent() {
    if (status == Status.DONE) {
      return 100;
    }
    if (rowsTotal <= 0) {
      return 0;
    }
    return (int) Math.min(99, rowsDone * 100 / rowsTotal);
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public Kind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getFormat() {
    return format;
  }

  public String getParams() {
    return params;
  }

  public String getTitle() {
    return title;
  }

  public Status getStatus() {
    return status;
  }

  public long getRowsTotal() {
    return rowsTotal;
  }

  public long getRowsDone() {
    return rowsDone;
  }

  public String getFileKey() {
    return fileKey;
  }

  public String getFileName() {
    return fileName;
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  public String getError() {
    return error;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getHeartbeatAt() {
    return heartbeatAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public long getVersion() {
    return version;
  }
}
