package com.orderpool.reports.control;

import com.orderpool.core.RegisterQuery;
import com.orderpool.core.TableExport;
import com.orderpool.core.TableWriter;
import com.orderpool.reports.entity.DownloadJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongConsumer;

/**
 * What a download job writes: a report register for its period, or a list export with the page's
 * filter, read in one transaction. The parameters are kept on the job as JSON.
 */
@ApplicationScoped
public class JobContent {
  private static final Jsonb JSON = JsonbBuilder.create();

  /** What a report job is asked for. */
  public static class ReportParams {
    public String from;
    public String to;
    public String status;
    public String currency;
    public String lang;
  }

  /** What an export job is asked for: the page's parameters and the language of its headers. */
  public static class ExportParams {
    public String lang;
    public String params;
  }

  @Inject RegisterReports reports;
  @Inject ExportCatalog exports;
  @Inject Clock clock;
  @Inject ZoneId zone;

  /** A report's parameters as JSON. */
  public static String reportParams(RegisterQuery q) {
    ReportParams p = new ReportParams();
    p.from = q.from().toString();
    p.to = q.to().toString();
    p.status = q.status();
    p.currency = q.currency();
    p.lang = q.language();
    return JSON.toJson(p);
  }

  /** An export's parameters as JSON. */
  public static String exportParams(String params, String language) {
    ExportParams p = new ExportParams();
    p.lang = language;
    p.params = params;
    return JSON.toJson(p);
  }

  /** Reads and writes the job's rows in one transaction; the number of rows. */
  @Transactional
  public long write(DownloadJob job, OutputStream out, LongConsumer progress) {
    if (job.getKind() == DownloadJob.Kind.REPORT) {
      ReportParams p = JSON.fromJson(job.getParams(), ReportParams.class);
      RegisterQuery q =
          new RegisterQuery(
              LocalDate.parse(p.from),
              LocalDate.parse(p.to),
              p.status,
              p.currency,
              p.lang,
              zone,
              clock.instant());
      return reports.write(
          job.getName(), ReportFormat.valueOf(job.getFormat()), q, job.getOwner(), out, progress);
    }
    ExportParams p = JSON.fromJson(job.getParams(), ExportParams.class);
    TableExport.Table table = exports.get(job.getName()).table(p.params, p.lang);
    return ExportWriter.write(table, TableWriter.Format.valueOf(job.getFormat()), out, progress);
  }
}
