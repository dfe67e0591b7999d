package com.orderpool.imports.entity;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One CSV file being imported (orders to create, or tracking numbers that ship orders): queued,
 * running (bytes read so far, for the progress bar), done (orders created, duplicates skipped,
 * orders rejected with their rows' errors) or failed (the whole file refused, with the reason).
 */
@Entity
@Table(name = "import_job")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class ImportJob implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** How the file came in. */
  public enum Source {
    UPLOAD,
    API,
    SFTP,
    /** Orders asked from the tenant's online store (no file; see {@link #getStoreQuery()}). */
    STORE
  }

  /** What the file carries: orders to create, or tracking numbers that ship orders. */
  public enum Kind {
    ORDERS,
    TRACKING
  }

  /** Where a job is. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean isFinished() {
      return this == DONE || this == FAILED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Source source;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_key")
  private String fileKey;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated(EnumType.STRING)
  private Kind kind = Kind.ORDERS;

  @Column(name = "bytes_done")
  private long bytesDone;

  @Column(name = "created_count")
  private int createdCount;

  @Column(name = "duplicate_count")
  private int duplicateCount;

  @Column(name = "rejected_count")
  private int rejectedCount;

  @Column(name = "error_count")
  private int errorCount;

  @Column(name = "error_key")
  private String errorKey;

  @Column(name = "error_text")
  private String errorText;

  private String language;

  @Column(name = "store_query")
  private String storeQuery;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected ImportJob() {}

  public ImportJob(
      Source source,
      String fileName,
      String fileKey,
      long sizeBytes,
      String language,
      String createdBy,
      Instant now) {
    this.source = source;
    this.fileName = fileName;
    this.fileKey = fileKey;
    this.sizeBytes = sizeBytes;
    this.language = language;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.status = Status.QUEUED;
  }

  /**
   * A job that asks the tenant's store for orders instead of reading a file: {@code title} names it
   * on the Import page, {@code storeQuery} says which orders (the store's importer reads it). Its
   * progress counts orders: the total is known once the store has answered.
   */
  public static ImportJob fromStore(
      String title, String storeQuery, String language, String createdBy, Instant now) {
    ImportJob job = new ImportJob(Source.STORE, title, null, 0, language, createdBy, now);
    job.storeQuery = storeQuery;
    return job;
  }

  /** The same job carrying {@code kind} (set before it is queued). */
  public ImportJob of(Kind kind) {
    this.kind = kind;
    return this;
  }

  /** Whether the file ships orders by their tracking numbers. */
  public boolean isTracking() {
    return kind == Kind.TRACKING;
  }

  public void start(Instant now) {
    status = Status.RUNNING;
    startedAt = now;
    heartbeatAt = now;
  }

  /** Its node stopped: run it again from the start (settled orders are skipped). */
  public void requeue() {
    status = Status.QUEUED;
    heartbeatAt = null;
  }

  public void done(int created, int duplicates, int rejected, int errors, Instant now) {
    status = Status.DONE;
    bytesDone = sizeBytes;
    createdCount = created;
    duplicateCount = duplicates;
    rejectedCount = rejected;
    errorCount = errors;
    finishedAt = now;
  }

  /** The whole file was refused: the message key and its text in the job's language. */
  public void failed(String key, String text, Instant now) {
    status = Status.FAILED;
    errorKey = key;
    errorText = text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    finishedAt = now;
  }

  /** Percent of the file read, 0 to 100. */
  public int percent() {
    if (status.isFinished()) {
      return 100;
    }
    return sizeBytes <= 0 ? 0 : (int) Math.min(99, bytesDone * 100 / sizeBytes);
  }

  public Long getId() {
    return id;
  }

  public Source getSource() {
    return source;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFileKey() {
    return fileKey;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public Kind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public long getBytesDone() {
    return bytesDone;
  }

  public int getCreatedCount() {
    return createdCount;
  }

  public int getDuplicateCount() {
    return duplicateCount;
  }

  public int getRejectedCount() {
    return rejectedCount;
  }

  public int getErrorCount() {
    return errorCount;
  }

  public String getErrorKey() {
    return errorKey;
  }

  public String getErrorText() {
    return errorText;
  }

  public String getStoreQuery() {
    return storeQuery;
  }

  public String getLanguage() {
    return language;
  }

  public String getCreatedBy() {
    return createdBy;
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
}
