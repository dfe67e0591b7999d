package com.orderpool.orders.entity;

import com.orderpool.files.FileType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A file attached to an order line. The bytes live in the tenant's storage folder under a
 * server-made key; the uploader's file name is only shown and offered on download.
 */
@Entity
@Table(name = "order_attachment")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class OrderAttachment implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  @Column(name = "line_id")
  private long lineId;

  @Enumerated(EnumType.STRING)
  private AttachmentKind kind;

  @Column(name = "file_name")
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type")
  private FileType fileType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "storage_key")
  private String storageKey;

  @Column(name = "has_thumbnail")
  private boolean thumbnail;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  protected OrderAttachment() {}

  public OrderAttachment(
      long orderId,
      long lineId,
      AttachmentKind kind,
      String fileName,
      FileType fileType,
      long sizeBytes,
      String storageKey,
      boolean thumbnail,
      Instant uploadedAt,
      String uploadedBy) {
    this.orderId = orderId;
    this.lineId = lineId;
    this.kind = kind;
    this.fileName = fileName;
    this.fileType = fileType;
    this.sizeBytes = sizeBytes;
    this.storageKey = storageKey;
    this.thumbnail = thumbnail;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  /** How the attachment reads in the order's history, e.g. {@code DESIGN front.pdf (line 2)}. */
  public String describe(int lineNo) {
    return kind + " " + fileName + " (line " + lineNo + ")";
  }

  public Long getId() {
    return id;
  }

  public long getOrderId() {
    return orderId;
  }

  public long getLineId() {
    return lineId;
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public FileType getFileType() {
    return fileType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public boolean isThumbnail() {
    return thumbnail;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
