package com.orderpool.notifications.web;

import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.control.OutboxExport;
import com.orderpool.notifications.entity.MailStatus;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.notifications.entity.OutboxRow;
import com.orderpool.web.LazyList;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The tenant's outbox page: a lazy listing by status, a rendered preview, and retry. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OutboxService outbox;

  private MailStatus status;
  private LazyList<OutboxRow> messages;
  private OutboxMessage previewed;

  @PostConstruct
  void init() {
    messages =
        new LazyList<>(
            search -> outbox.count(status),
            page -> outbox.page(status, page.first(), page.size()),
            r -> String.valueOf(r.id()));
  }

  public void preview(long id) {
    previewed = outbox.get(id);
  }

  public void retry(long id) {
    outbox.retry(id);
    Messages.info("outbox.retried");
  }

  public MailStatus[] getStatuses() {
    return MailStatus.values();
  }

  /** The outbox export's parameters: the status shown. */
  public String getExportParams() {
    return OutboxExport.params(status);
  }

  public MailStatus getStatus() {
    return status;
  }

  public void setStatus(MailStatus status) {
    this.status = status;
  }

  public LazyList<OutboxRow> getMessages() {
    return messages;
  }

  public OutboxMessage getPreviewed() {
    return previewed;
  }
}
