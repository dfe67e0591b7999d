package com.orderpool.imports.web;

import com.orderpool.imports.boundary.FileExpectation;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The Import page: send a CSV file of orders, and the recent imports, refreshed while busy. */
@Named
@ViewScoped
public class ImportsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Imports imports;

  private List<ImportJob> jobs;
  private int maxMegabytes;
  private FileExpectation expectation;
  private Integer everyHours;
  private boolean tracking;

  @PostConstruct
  void init() {
    maxMegabytes = imports.maxMegabytes();
    expectation = imports.expectation();
    everyHours = expectation == null ? null : expectation.everyHours();
    refresh();
  }

  /** Saves how often a file is expected (empty: none). */
  public void saveExpectation() {
    expectation = imports.expectFiles(everyHours);
    if (expectation == null) {
      Messages.info("imports.expect.off");
    } else {
      Messages.info("imports.expect.saved", expectation.everyHours());
    }
  }

  /** Expects no more files. */
  public void stopExpecting() {
    expectation = imports.expectFiles(null);
    everyHours = null;
    Messages.info("imports.expect.off");
  }

  public FileExpectation getExpectation() {
    return expectation;
  }

  /** Whether the next upload is a file of tracking numbers rather than of orders. */
  public boolean isTracking() {
    return tracking;
  }

  public void setTracking(boolean tracking) {
    this.tracking = tracking;
  }

  public Integer getEveryHours() {
    return everyHours;
  }

  public void setEveryHours(Integer everyHours) {
    this.everyHours = everyHours;
  }

  public void refresh() {
    jobs = imports.recent();
  }

  /** Keeps the file and opens its result page, which follows the import. */
  public void upload(FileUploadEvent event) throws IOException {
    UploadedFile file = event.getFile();
    ImportJob job;
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    try (InputStream in = file.getInputStream()) {
      job =
          tracking
              ? imports.uploadTracking(file.getFileName(), in, language)
              : imports.upload(file.getFileName(), in, language);
    }
    // the result page says the file was queued (no flash: on a cluster the next request may be
    // served by another node, which cannot read this one's flash cookie)
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext()
        .redirect(
            fc.getExternalContext().getRequestContextPath()
                + "/imports/import.xhtml?queued=true&id="
                + job.getId());
  }

  public boolean isBusy() {
    return jobs.stream().anyMatch(j -> !j.getStatus().isFinished());
  }

  public List<ImportJob> getJobs() {
    return jobs;
  }

  public int getMaxMegabytes() {
    return maxMegabytes;
  }

  /** "12 created · 3 duplicates · 1 rejected" */
  public String counts(ImportJob j) {
    return Messages.text(
        j.isTracking() ? "imports.tracking.counts" : "imports.counts",
        j.getCreatedCount(),
        j.getDuplicateCount(),
        j.getRejectedCount());
  }
}
