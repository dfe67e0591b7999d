package com.orderpool.orders.control;

import com.orderpool.files.AttachmentStore;
import com.orderpool.files.FileCleanup;
import com.orderpool.orders.entity.AttachmentKind;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderAttachment;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Year;
import java.util.List;

/**
 * Copies the production files of an order's lines (final design and preview) to the lines of its
 * clone, in the caller's transaction: each copy is a file of its own, removed again if the
 * transaction does not commit.
 */
@ApplicationScoped
public class LineFiles {
  private static final List<AttachmentKind> COPIED =
      List.of(AttachmentKind.DESIGN, AttachmentKind.PREVIEW);

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject AttachmentStore store;
  @Inject OrderHistory history;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transaction;

  /**
   * For each line of the clone whose source line is given (by position; null for a line the user
   * added), copies that source line's design and preview files. Returns how many were copied.
   */
  public int copy(Order source, Order clone, List<Long> sourceLineIds) {
    List<OrderLine> lines = clone.getLines();
    int copied = 0;
    for (int i = 0; i < lines.size() && i < sourceLineIds.size(); i++) {
      Long from = sourceLineIds.get(i);
      if (from == null) {
        continue;
      }
      for (OrderAttachment a : filesOf(source.getId(), from)) {
        OrderAttachment copy = copyOf(a, clone.getId(), lines.get(i).getId());
        db.em().persist(copy);
        history.record(clone, "attachment", null, copy.describe(lines.get(i).getLineNo()), null);
        copied++;
      }
    }
    db.em().flush();
    return copied;
  }

  private List<OrderAttachment> filesOf(long orderId, long lineId) {
    return db.em()
        .createQuery(
            "SELECT a FROM OrderAttachment a WHERE a.orderId = :o AND a.lineId = :l"
                + " AND a.kind IN :kinds ORDER BY a.id",
            OrderAttachment.class)
        .setParameter("o", orderId)
        .setParameter("l", lineId)
        .setParameter("kinds", COPIED)
        .getResultList();
  }

  private OrderAttachment copyOf(OrderAttachment a, long orderId, long lineId) {
    String code = db.tenantCode();
    AttachmentStore.Staged staged;
    try (InputStream in = Files.newInputStream(store.file(code, a.getStorageKey()))) {
      staged = store.receive(code, in, Long.MAX_VALUE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + a.getStorageKey(), e);
    }
    try {
      String key = store.keep(code, staged, Year.now(clock));
      transaction.registerInterposedSynchronization(FileCleanup.unlessCommitted(store, code, key));
      boolean thumbnail = a.isThumbnail() && store.makeThumbnail(code, key);
      return new OrderAttachment(
          orderId,
          lineId,
          a.getKind(),
          a.getFileName(),
          a.getFileType(),
          a.getSizeBytes(),
          key,
          thumbnail,
          clock.instant(),
          tenant.actor());
    } finally {
      store.discard(staged);
    }
  }
}
