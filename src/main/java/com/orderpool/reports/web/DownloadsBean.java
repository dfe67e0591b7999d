package com.orderpool.reports.web;

import com.orderpool.reports.boundary.Downloads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** My downloads: the caller's background reports and exports, refreshed while any is unfinished. */
@Named
@ViewScoped
public class DownloadsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Downloads downloads;

  private List<Downloads.Row> rows;
  private Long highlighted;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    rows = downloads.mine();
  }

  public void delete(long id) {
    downloads.delete(id);
    refresh();
    com.orderpool.web.Messages.info("downloads.deleted");
  }

  /** Whether a job is queued or running (the page then polls). */
  public boolean isBusy() {
    return rows.stream()
        .anyMatch(
            r ->
                r.job().getStatus() == com.orderpool.reports.entity.DownloadJob.Status.QUEUED
                    || r.job().getStatus()
                        == com.orderpool.reports.entity.DownloadJob.Status.RUNNING);
  }

  /** "Place in the queue: 2" */
  public String place(Downloads.Row r) {
    return com.orderpool.web.Messages.text("downloads.place", r.placeInQueue() + 1);
  }

  /** "12,000 of about 50,000 rows" */
  public String progress(Downloads.Row r) {
    return com.orderpool.web.Messages.text(
        "downloads.rows", r.job().getRowsDone(), r.job().getRowsTotal());
  }

  /** "50,000 rows" */
  public String rowsDone(Downloads.Row r) {
    return com.orderpool.web.Messages.text("downloads.rowsDone", r.job().getRowsDone());
  }

  public List<Downloads.Row> getRows() {
    return rows;
  }

  public Long getHighlighted() {
    return highlighted;
  }

  public void setHighlighted(Long highlighted) {
    this.highlighted = highlighted;
  }
}
