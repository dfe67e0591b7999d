package com.orderpool.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A short internal note on an order, for staff only: never shown to or e-mailed to customers. */
@Entity
@Table(name = "order_memo")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Memo implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest memo, in characters. */
  public static final int MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  private String body;

  private String author;

  @Column(name = "author_name")
  private String authorName;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Memo() {}

  public Memo(long orderId, String body, String author, String authorName, Instant createdAt) {
    this.orderId = orderId;
    this.body = Objects.requireNonNull(body).strip();
    this.author = author;
    this.authorName = authorName;
    this.createdAt = createdAt;
  }

  /** Only the author may delete a memo. */
  public boolean isWrittenBy(String actor) {
    return author.equalsIgnoreCase(actor);
  }

  public Long getId() {
    return id;
  }

  public long getOrderId() {
    return orderId;
  }

  public String getBody() {
    return body;
  }

  public String getAuthor() {
    return author;
  }

  public String getAuthorName() {
    return authorName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
