package com.orderpool.notifications.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A file sent with an outbox message, such as an invoice PDF. */
@Entity
@Table(name = "outbox_attachment")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class OutboxAttachment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** A plain column, written once the message has its id. */
  @Column(name = "outbox_id")
  private long outboxId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected OutboxAttachment() {}

  public OutboxAttachment(long outboxId, MailAttachment file) {
    this.outboxId = outboxId;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.content = file.content();
  }

  public MailAttachment toFile() {
    return new MailAttachment(fileName, contentType, content);
  }

  public long getOutboxId() {
    return outboxId;
  }
}
