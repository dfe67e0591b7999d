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
 * A customer's question about an order. It is open until staff answer it; a new customer message
 * opens it again. A closed ticket takes no replies until it is reopened.
 */
@Entity
@Table(name = "ticket")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Ticket implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  private String subject;

  @Enumerated(EnumType.STRING)
  private TicketStatus status;

  @Column(name = "status_rank")
  private int statusRank;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Ticket() {}

  public Ticket(long orderId, String subject, String createdBy, Instant createdAt) {
    this.orderId = orderId;
    this.subject = Objects.requireNonNull(subject).strip();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    moveTo(TicketStatus.OPEN);
  }

  /** Staff answered: the ticket waits for the customer. A closed ticket must be reopened first. */
  public void answered(Instant now) {
    requireNotClosed();
    moveTo(TicketStatus.ANSWERED);
    updatedAt = now;
  }

  /** The customer wrote again: the ticket needs staff attention, even if it was closed. */
  public void customerWrote(Instant now) {
    moveTo(TicketStatus.OPEN);
    updatedAt = now;
  }

  public void close(Instant now) {
    requireNotClosed();
    moveTo(TicketStatus.CLOSED);
    updatedAt = now;
  }

  public void reopen(Instant now) {
    if (status != TicketStatus.CLOSED) {
      throw BusinessException.of("ticket.notClosed");
    }
    moveTo(TicketStatus.OPEN);
    updatedAt = now;
  }

  public boolean isClosed() {
    return status == TicketStatus.CLOSED;
  }

  private void requireNotClosed() {
    if (status == TicketStatus.CLOSED) {
      throw BusinessException.of("ticket.closed");
    }
  }

  private void moveTo(TicketStatus next) {
    status = next;
    statusRank = next.rank();
  }

  public Long getId() {
    return id;
  }

  public long getOrderId() {
    return orderId;
  }

  public String getSubject() {
    return subject;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
