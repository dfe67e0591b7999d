package com.orderpool.reports.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.ForbiddenException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.RegisterQuery;
import com.orderpool.core.TableExport;
import com.orderpool.core.TableWriter;
import com.orderpool.files.DownloadStore;
import com.orderpool.reports.control.DownloadJobs;
import com.orderpool.reports.control.ExportCatalog;
import com.orderpool.reports.control.ExportWriter;
import com.orderpool.reports.control.JobContent;
import com.orderpool.reports.control.RegisterReports;
import com.orderpool.reports.control.RegisterTexts;
import com.orderpool.reports.control.ReportFormat;
import com.orderpool.reports.entity.DownloadJob;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * My downloads: reports and exports too long to make while the user waits (over {@link
 * #BACKGROUND_ROWS} rows) run as jobs, and their files stay a week for the user who asked. Each
 * user sees only their own jobs; another user's, or another tenant's, is not found. Exports of a
 * list are open to the roles that may see that list (see {@link TableExport#roles()}).
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class Downloads {
  /** From this many rows a report or export runs in the background. */
  public static final long BACKGROUND_ROWS = 10_000;

  @Inject DownloadJobs jobs;
  @Inject RegisterReports reports;
  @Inject ExportCatalog exports;
  @Inject DownloadStore files;
  @Inject TenantContext tenant;
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject HttpServletRequest request;

  /** A job as My downloads lists it, with its place in the queue. */
  public record Row(DownloadJob job, long placeInQueue) {}

  /** The caller's jobs, newest first. */
  public List<Row> mine() {
    return jobs.of(tenant.actor()).stream().map(j -> new Row(j, jobs.placeInQueue(j))).toList();
  }

  /** A finished file of the caller's: its name, type and where it is. */
  public record File(String name, String contentType, Path path) {}

  public File file(long id) {
    DownloadJob j = jobs.mine(tenant.actor(), id);
    if (j.getStatus() != DownloadJob.Status.DONE) {
      throw new NotFoundException("download", id);
    }
    Path p = files.path(db.tenantCode(), j.getFileKey());
    if (!Files.isRegularFile(p)) {
      throw new NotFoundException("download", id);
    }
    String type =
        ReportFormat.of(j.getFormat())
            .map(ReportFormat::mediaType)
            .orElse("application/octet-stream");
    return new File(j.getFileName(), type, p);
  }

  public void delete(long id) {
    jobs.delete(tenant.actor(), id);
  }

  /** Queues a report as a job (for reports too long to wait for). */
  @Allow({TENANT_ADMIN, ACCOUNTANT})
  public DownloadJob queueReport(
      @NotNull String name, @NotNull ReportFormat format, @NotNull RegisterQuery q) {
    reports.register(name);
    String title = RegisterTexts.of(name, q.language()).title() + " " + q.from() + " " + q.to();
    return jobs.submit(
        new DownloadJob(
            tenant.actor(),
            DownloadJob.Kind.REPORT,
            name,
            format.name(),
            JobContent.reportParams(q),
            title,
            reports.register(name).count(q),
            clock.instant()));
  }

  /** How many rows an export of a list would have (capped), checking the caller may export it. */
  public long exportSize(@NotNull String name, @NotNull String params, @NotNull String language) {
    return table(name, params, language).count();
  }

  /** Writes an export at once (for short lists); the number of rows. */
  public long export(
      @NotNull String name,
      @NotNull TableWriter.Format format,
      @NotNull String params,
      @NotNull String language,
      @NotNull OutputStream out) {
    return ExportWriter.write(table(name, params, language), format, out, n -> {});
  }

  /** Queues an export as a job (for long lists). */
  public DownloadJob queueExport(
      @NotNull String name,
      @NotNull TableWriter.Format format,
      @NotNull String params,
      @NotNull String language) {
    TableExport.Table t = table(name, params, language);
    return jobs.submit(
        new DownloadJob(
            tenant.actor(),
            DownloadJob.Kind.EXPORT,
            name,
            format.name(),
            JobContent.exportParams(params, language),
            t.title(),
            t.count(),
            clock.instant()));
  }

  /** The caller's roles as the container authenticated them (as the access rule sees them). */
  private boolean callerInRole(String role) {
    try {
      return request.isUserInRole(role);
    } catch (RuntimeException outsideARequest) {
      return false;
    }
  }

  private TableExport.Table table(String name, String params, String language) {
    TableExport e = exports.get(name);
    if (!tenant.isSystem() && e.roles().stream().noneMatch(this::callerInRole)) {
      throw new ForbiddenException();
    }
    return e.table(params, "es".equals(language) ? "es" : "en");
  }
}
