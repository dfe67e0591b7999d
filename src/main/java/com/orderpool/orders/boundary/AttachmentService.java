package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.Config;
import com.orderpool.core.NotFoundException;
import com.orderpool.files.AttachmentStore;
import com.orderpool.files.FileCleanup;
import com.orderpool.files.FileNames;
import com.orderpool.files.FileSniffer;
import com.orderpool.files.FileType;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.AttachmentKind;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderAttachment;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.List;

/**
 * Files attached to the current tenant's order lines: upload (type checked by magic bytes, size and
 * count limited), list, open for download or thumbnail, and delete. Every upload and delete is in
 * the order's history. Another tenant's attachment is simply not found.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class AttachmentService {
  /** Default largest file: 20 MB ({@code orderpool.attachments.maxBytes}). */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Default most files per order line ({@code orderpool.attachments.maxPerLine}). */
  public static final int DEFAULT_MAX_PER_LINE = 20;

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderService orders;
  @Inject OrderHistory history;
  @Inject AttachmentStore store;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transaction;

  /** Stores a file for a line of an order; nothing is kept when it is refused. */
  @Allow({TENANT_ADMIN, STAFF})
  public OrderAttachment upload(
      long orderId,
      long lineId,
      @NotNull AttachmentKind kind,
      String fileName,
      @NotNull InputStream content) {
    requireWriter();
    Order order = orders.get(orderId);
    OrderLine line = lineOf(order, lineId);
    String code = db.tenantCode();
    AttachmentStore.Staged staged = store.receive(code, content, maxBytes());
    try {
      if (staged.size() == 0) {
        throw new BusinessException("file", "attachment.empty");
      }
      FileType type =
          FileSniffer.sniff(staged.head())
              .orElseThrow(() -> new BusinessException("file", "attachment.type"));
      db.em().lock(line, LockModeType.PESSIMISTIC_WRITE);
      if (countOnLine(lineId) >= maxPerLine()) {
        throw new BusinessException("file", "attachment.tooMany", maxPerLine());
      }
      String key = store.keep(code, staged, Year.now(clock));
      transaction.registerInterposedSynchronization(FileCleanup.unlessCommitted(store, code, key));
      boolean thumbnail = type.thumbnailable() && store.makeThumbnail(code, key);
      OrderAttachment attachment =
          new OrderAttachment(
              orderId,
              lineId,
              kind,
              FileNames.displayName(fileName, type),
              type,
              staged.size(),
              key,
              thumbnail,
              clock.instant(),
              tenant.actor());
      db.em().persist(attachment);
      history.record(order, "attachment", null, attachment.describe(line.getLineNo()), null);
      db.em().flush();
      return attachment;
    } finally {
      store.discard(staged);
    }
  }

  /** The order's attachments, by line and upload time. */
  public List<OrderAttachment> list(long orderId) {
    orders.get(orderId);
    return db.em()
        .createQuery(
            "SELECT a FROM OrderAttachment a WHERE a.orderId = :id"
                + " ORDER BY a.lineId, a.uploadedAt, a.id",
            OrderAttachment.class)
        .setParameter("id", orderId)
        .getResultList();
  }

  /** The stored file, or its thumbnail, of an attachment of the current tenant. */
  public AttachmentFile open(long attachmentId, boolean thumbnail) {
    OrderAttachment a = get(attachmentId);
    String code = db.tenantCode();
    if (thumbnail && !a.isThumbnail()) {
      throw new NotFoundException("thumbnail", attachmentId);
    }
    Path path =
        thumbnail ? store.thumbnail(code, a.getStorageKey()) : store.file(code, a.getStorageKey());
    if (!Files.isRegularFile(path)) {
      throw new NotFoundException("attachment file", attachmentId);
    }
    return thumbnail
        ? new AttachmentFile(
            a.getFileName() + ".png", FileType.PNG.contentType(), sizeOf(path), path)
        : new AttachmentFile(a.getFileName(), a.getFileType().contentType(), sizeOf(path), path);
  }

  /** Deletes the attachment; its file goes once the deletion has committed. */
  @Allow({TENANT_ADMIN, STAFF})
  public void delete(long attachmentId) {
    requireWriter();
    OrderAttachment a = get(attachmentId);
    Order order = orders.get(a.getOrderId());
    int lineNo = lineOf(order, a.getLineId()).getLineNo();
    db.em().remove(a);
    history.record(order, "attachment", a.describe(lineNo), null, "deleted");
    transaction.registerInterposedSynchronization(
        FileCleanup.afterCommit(store, db.tenantCode(), a.getStorageKey()));
    db.em().flush();
  }

  /** The largest file accepted, in bytes. */
  public long maxBytes() {
    return Long.parseLong(
        Config.get("orderpool.attachments.maxBytes", String.valueOf(DEFAULT_MAX_BYTES)));
  }

  private int maxPerLine() {
    return Integer.parseInt(
        Config.get("orderpool.attachments.maxPerLine", String.valueOf(DEFAULT_MAX_PER_LINE)));
  }

  private OrderAttachment get(long attachmentId) {
    OrderAttachment a = db.em().find(OrderAttachment.class, attachmentId);
    if (a == null) {
      throw new NotFoundException("attachment", attachmentId);
    }
    return a;
  }

  private static OrderLine lineOf(Order order, long lineId) {
    return order.getLines().stream()
        .filter(l -> l.getId() == lineId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("order line", lineId));
  }

  private long countOnLine(long lineId) {
    return db.em()
        .createQuery("SELECT COUNT(a) FROM OrderAttachment a WHERE a.lineId = :l", Long.class)
        .setParameter("l", lineId)
        .getSingleResult();
  }

  /** Accountants read; staff and admins (and system work) may change attachments. */
  private void requireWriter() {}

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
