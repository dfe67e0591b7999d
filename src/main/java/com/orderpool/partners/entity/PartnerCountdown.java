package com.orderpool.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A paid order's countdown to its automatic submission to partners: running (due at {@code dueAt})
 * or paused while the order is on hold (with {@code remaining} left, resumed on release).
 */
@Entity
@Table(name = "partner_countdown")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class PartnerCountdown implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "remaining_seconds")
  private Long remainingSeconds;

  @Column(name = "started_at", updatable = false)
  private Instant startedAt;

  protected PartnerCountdown() {}

  public PartnerCountdown(long orderId, Instant now, Duration after) {
    this.orderId = orderId;
    this.startedAt = now;
    this.dueAt = now.plus(after);
  }

  /** Paused: the time left is kept. */
  public void pause(Instant now) {
    if (dueAt != null) {
      remainingSeconds = Math.max(0, Duration.between(now, dueAt).toSeconds());
      dueAt = null;
    }
  }

  /** Running again with the time that was left. */
  public void resume(Instant now) {
    if (dueAt == null) {
      dueAt = now.plusSeconds(remainingSeconds == null ? 0 : remainingSeconds);
      remainingSeconds = null;
    }
  }

  public boolean isPaused() {
    return dueAt == null;
  }

  public Long getOrderId() {
    return orderId;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  /** The time left while paused (null while running). */
  public Duration getRemaining() {
    return remainingSeconds == null ? null : Duration.ofSeconds(remainingSeconds);
  }

  public Instant getStartedAt() {
    return startedAt;
  }
}
