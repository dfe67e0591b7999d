package com.orderpool.orders.web;

import com.orderpool.orders.boundary.AttachmentService;
import com.orderpool.orders.entity.AttachmentKind;
import com.orderpool.orders.entity.OrderAttachment;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The attachments of the order on the dashboard: per-line lists, upload and delete. */
@Named
@ViewScoped
public class OrderAttachmentsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AttachmentService attachments;
  @Inject OrderDashboardBean dashboard;

  private Map<Long, List<OrderAttachment>> byLine;
  private Long lineId;
  private AttachmentKind kind = AttachmentKind.PREVIEW;

  public List<OrderAttachment> forLine(OrderLine line) {
    if (byLine == null) {
      byLine =
          attachments.list(dashboard.getOrder().getId()).stream()
              .collect(Collectors.groupingBy(OrderAttachment::getLineId));
    }
    return byLine.getOrDefault(line.getId(), List.of());
  }

  public void upload(FileUploadEvent event) throws IOException {
    UploadedFile file = event.getFile();
    OrderAttachment stored;
    try (InputStream in = file.getInputStream()) {
      stored =
          attachments.upload(
              dashboard.getOrder().getId(),
              getLineId() == null ? -1 : getLineId(),
              kind,
              file.getFileName(),
              in);
    }
    refresh();
    Messages.info("attachment.uploaded", stored.getFileName());
  }

  public void delete(long attachmentId) {
    attachments.delete(attachmentId);
    refresh();
    Messages.info("attachment.deleted");
  }

  private void refresh() {
    byLine = null;
    dashboard.load();
  }

  public String maxMegabytes() {
    return String.valueOf(attachments.maxBytes() / (1024 * 1024));
  }

  /** A size for people: bytes, KB or MB. */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  public AttachmentKind[] getKinds() {
    return AttachmentKind.values();
  }

  /** The line uploads go to; the first line until one is chosen. */
  public Long getLineId() {
    if (lineId == null
        && dashboard.getOrder() != null
        && !dashboard.getOrder().getLines().isEmpty()) {
      lineId = dashboard.getOrder().getLines().get(0).getId();
    }
    return lineId;
  }

  public void setLineId(Long lineId) {
    this.lineId = lineId;
  }

  public AttachmentKind getKind() {
    return kind;
  }

  public void setKind(AttachmentKind kind) {
    this.kind = kind;
  }
}
