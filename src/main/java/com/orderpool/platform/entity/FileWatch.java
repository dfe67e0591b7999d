package com.orderpool.platform.entity;

import com.orderpool.tenancy.TenantSchema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A tenant's expectation of an order file every {@code everyHours} hours: the deadline of the next
 * one, when the last one came, and when the admins were told that none came (cleared by the next
 * file).
 */
@Entity
@Table(name = "file_watch", schema = TenantSchema.PLATFORM)
public class FileWatch {
  /** The longest expectation: a week. */
  public static final int MAX_HOURS = 168;

  @Id
  @Column(name = "tenant_code")
  private String tenantCode;

  @Column(name = "every_hours")
  private int everyHours;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "last_file_at")
  private Instant lastFileAt;

  @Column(name = "alarmed_at")
  private Instant alarmedAt;

  @Column(name = "set_by")
  private String setBy;

  @Column(name = "set_at")
  private Instant setAt;

  protected FileWatch() {}

  public FileWatch(String tenantCode) {
    this.tenantCode = tenantCode;
  }

  /** Sets the expectation; the next file is due {@code hours} after the last one, or from now. */
  public void expect(int hours, Instant lastFile, String by, Instant now) {
    this.everyHours = hours;
    this.lastFileAt = lastFile;
    Instant from =
        lastFile == null || lastFile.isBefore(now.minus(Duration.ofHours(hours))) ? now : lastFile;
    this.dueAt = from.plus(Duration.ofHours(hours));
    this.alarmedAt = null;
    this.setBy = by;
    this.setAt = now;
  }

  /** A file came at {@code at}: the next is due a period later; a raised alarm is over. */
  public void arrived(Instant at) {
    this.lastFileAt = at;
    this.dueAt = at.plus(Duration.ofHours(everyHours));
    this.alarmedAt = null;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public int getEveryHours() {
    return everyHours;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getLastFileAt() {
    return lastFileAt;
  }

  public Instant getAlarmedAt() {
    return alarmedAt;
  }

  public String getSetBy() {
    return setBy;
  }

  public Instant getSetAt() {
    return setAt;
  }
}
