package com.orderpool.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One message of a ticket's thread, from the customer or from staff. */
@Entity
@Table(name = "ticket_message")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class TicketMessage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest message, in characters. */
  public static final int MAX_LENGTH = 5000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ticket_id")
  private long ticketId;

  @Enumerated(EnumType.STRING)
  private Sender sender;

  private String author;

  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  protected TicketMessage() {}

  public TicketMessage(long ticketId, Sender sender, String author, String body, Instant at) {
    this.ticketId = ticketId;
    this.sender = Objects.requireNonNull(sender);
    this.author = author;
    this.body = Objects.requireNonNull(body).strip();
    this.createdAt = at;
  }

  public boolean isFromCustomer() {
    return sender == Sender.CUSTOMER;
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
  }

  public Sender getSender() {
    return sender;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
