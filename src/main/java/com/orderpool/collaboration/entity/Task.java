package com.orderpool.collaboration.entity;

import com.orderpool.core.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * Something a staff member has to do for an order by a due time. It is overdue while it is still
 * open after that time.
 */
@Entity
@Table(name = "order_task")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Task implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  private String description;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "assignee_id")
  private long assigneeId;

  @Column(name = "assignee_name")
  private String assigneeName;

  @Enumerated(EnumType.STRING)
  private TaskStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by")
  private String doneBy;

  @Version private long version;

  protected Task() {}

  public Task(
      long orderId,
      String description,
      Instant dueAt,
      long assigneeId,
      String assigneeName,
      String createdBy,
      Instant createdAt) {
    this.orderId = orderId;
    this.description = Objects.requireNonNull(description).strip();
    this.dueAt = Objects.requireNonNull(dueAt);
    this.assigneeId = assigneeId;
    this.assigneeName = assigneeName;
    this.status = TaskStatus.OPEN;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** True while the task is open and its due time has passed. */
  public boolean isOverdue(Instant now) {
    return status == TaskStatus.OPEN && dueAt.isBefore(now);
  }

  /** Marks an open task done by someone at a time. */
  public void markDone(String actor, Instant now) {
    if (status != TaskStatus.OPEN) {
      throw BusinessException.of("task.alreadyDone");
    }
    status = TaskStatus.DONE;
    doneBy = actor;
    doneAt = now;
  }

  /** Opens a done task again. */
  public void reopen() {
    if (status != TaskStatus.DONE) {
      throw BusinessException.of("task.alreadyOpen");
    }
    status = TaskStatus.OPEN;
    doneBy = null;
    doneAt = null;
  }

  public boolean isOpen() {
    return status == TaskStatus.OPEN;
  }

  public Long getId() {
    return id;
  }

  public long getOrderId() {
    return orderId;
  }

  public String getDescription() {
    return description;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public long getAssigneeId() {
    return assigneeId;
  }

  public String getAssigneeName() {
    return assigneeName;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public long getVersion() {
    return version;
  }
}
