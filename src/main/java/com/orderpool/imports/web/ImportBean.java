package com.orderpool.imports.web;

import com.orderpool.core.NotFoundException;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.imports.entity.ImportedOrder;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One import's result page: progress while it runs, then its counts, bad rows and orders. */
@Named
@ViewScoped
public class ImportBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Imports imports;

  private Long id;
  private boolean queued;
  private ImportJob job;
  private List<ImportError> errors;
  private List<ImportedOrder> orders;

  public void load() {
    if (id == null) {
      throw new NotFoundException("import", "none");
    }
    refresh();
    if (queued) {
      Messages.info("imports.queued", job.getFileName());
    }
  }

  /** Set by the redirect after an upload: the page then says the file was queued. */
  public boolean isQueued() {
    return queued;
  }

  public void setQueued(boolean queued) {
    this.queued = queued;
  }

  /** Reads the job again; its rows once it is finished. */
  public void refresh() {
    job = imports.job(id);
    if (job.getStatus().isFinished() && orders == null) {
      errors = imports.errors(id);
      orders = imports.orders(id);
    }
  }

  public boolean isBusy() {
    return !job.getStatus().isFinished();
  }

  public String outcome(ImportedOrder o) {
    String prefix = job.isTracking() ? "imports.tracking.outcome." : "imports.outcome.";
    return Messages.text(prefix + o.getOutcome().name());
  }

  public String severity(ImportedOrder o) {
    return switch (o.getOutcome()) {
      case CREATED -> "success";
      case DUPLICATE -> "info";
      case REJECTED -> "danger";
    };
  }

  /** Whether more bad rows exist than the page lists. */
  public boolean isErrorsCut() {
    return errors != null && job.getErrorCount() > errors.size();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ImportJob getJob() {
    return job;
  }

  public List<ImportError> getErrors() {
    return errors;
  }

  public List<ImportedOrder> getOrders() {
    return orders;
  }

  public int getMaxErrorsShown() {
    return Imports.MAX_ERRORS_SHOWN;
  }
}
