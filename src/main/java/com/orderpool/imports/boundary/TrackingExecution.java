package com.orderpool.imports.boundary;

import com.orderpool.core.BusinessException;
import com.orderpool.files.ImportFiles;
import com.orderpool.imports.boundary.ImportSteps.RowError;
import com.orderpool.imports.control.CsvRecord;
import com.orderpool.imports.control.CsvRefusedException;
import com.orderpool.imports.control.CsvSource;
import com.orderpool.imports.control.ImportIntake;
import com.orderpool.imports.control.ImportJobs;
import com.orderpool.imports.control.OrderRows.RowProblem;
import com.orderpool.imports.control.TrackingRow;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.integration.Problems;
import com.orderpool.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one tracking job (a file of tracking numbers, see {@link TrackingRow}) in the current
 * tenant, as the system named after who sent the file: each row ships its order in a transaction of
 * its own ({@link TrackingSteps}), is a duplicate (the order already went with these numbers), or
 * is refused with its errors and changes nothing. An order named on two rows of a file ships once:
 * the later row is an error. A job run again after its node stopped skips the orders it settled. It
 * runs when a node has claimed the job, as order imports do.
 */
@ApplicationScoped
public class TrackingExecution {
  private static final Logger LOG = Logger.getLogger(TrackingExecution.class.getName());
  private static final long PROGRESS_EVERY_MS = 500;

  @Inject ImportJobs jobs;
  @Inject ImportSteps steps;
  @Inject TrackingSteps tracking;
  @Inject ImportFiles files;
  @Inject TenantContext tenant;
  @Inject Event<ImportJobs.Finished> finished;

  void onClaimed(@Observes ImportJobs.Claimed claimed) {
    ImportJob job = jobs.get(claimed.jobId());
    if (!job.isTracking()) {
      return;
    }
    run(job);
    finished.fire(new ImportJobs.Finished(claimed.jobId()));
  }

  private void run(ImportJob job) {
    long id = job.getId();
    String code = tenant.code();
    Locale locale = Locale.forLanguageTag(job.getLanguage());
    Path file = files.path(code, job.getFileKey());
    tenant.runAsMachine(
        code,
        job.getCreatedBy() + " (tracking file)",
        () -> {
          try {
            settleAll(job, file, locale);
            jobs.done(id);
          } catch (CsvRefusedException e) {
            jobs.failed(id, e.messageKey(), text(locale, e.messageKey(), e.args()));
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "tracking import " + id + " of " + code + " failed", e);
            jobs.failed(id, "imports.failed", text(locale, "imports.failed"));
          }
          return null;
        });
  }

  private void settleAll(ImportJob job, Path file, Locale locale) throws CsvRefusedException {
    long id = job.getId();
    Set<String> before = steps.settled(id);
    steps.forgetLooseErrors(id);
    Map<String, Integer> seen = new HashMap<>();
    long reported = System.currentTimeMillis();
    try (CsvSource src =
        CsvSource.open(
            file,
            Long.MAX_VALUE,
            TrackingRow.REQUIRED,
            ImportIntake.known(ImportJob.Kind.TRACKING))) {
      int columns = src.header().size();
      for (CsvRecord r = src.next(); r != null; r = src.next()) {
        settle(job, r, columns, locale, before, seen);
        if (System.currentTimeMillis() - reported >= PROGRESS_EVERY_MS) {
          jobs.progress(id, src.bytesRead());
          reported = System.currentTimeMillis();
        }
      }
    }
  }

  private void settle(
      ImportJob job,
      CsvRecord r,
      int columns,
      Locale locale,
      Set<String> before,
      Map<String, Integer> seen) {
    long id = job.getId();
    String number = r.get(TrackingRow.ORDER_NUMBER);
    String key = number == null ? null : TrackingSteps.cut(number.toUpperCase(Locale.ROOT), 100);
    if (key != null && before.contains(key)) {
      seen.putIfAbsent(key, r.line());
      return; // settled by this job before its node stopped
    }
    if (key != null && seen.containsKey(key)) {
      steps.looseError(
          id,
          new RowError(
              r.line(),
              TrackingRow.ORDER_NUMBER,
              text(locale, "imports.tracking.repeated", number, seen.get(key))));
      return;
    }
    TrackingRow.Read read = TrackingRow.read(r, columns);
    if (key == null) {
      read.problems().forEach(p -> steps.looseError(id, error(locale, p)));
      return;
    }
    seen.put(key, r.line());
    if (!read.ok()) {
      steps.reject(id, key, r.line(), read.problems().stream().map(p -> error(locale, p)).toList());
      return;
    }
    try {
      tracking.ship(id, read.row(), job.getFileName());
    } catch (RuntimeException e) {
      BusinessException refusal = BusinessException.behind(e); // anything else stops the job
      RowError error =
          new RowError(
              r.line(),
              column(refusal.field()),
              text(locale, refusal.messageKey(), refusal.args()));
      steps.reject(id, key, r.line(), List.of(error));
    }
  }

  /** The file's column a refusal's field names (the order's own refusals: its number). */
  private static String column(String field) {
    if (field == null) {
      return TrackingRow.ORDER_NUMBER;
    }
    if (TrackingRow.COLUMNS.contains(field)) {
      return field;
    }
    return switch (field) {
      case "method", "shippingMethod" -> TrackingRow.SHIPPING_METHOD;
      case "tracking" -> TrackingRow.TRACKING_NUMBERS;
      default -> TrackingRow.ORDER_NUMBER;
    };
  }

  private static RowError error(Locale locale, RowProblem p) {
    return new RowError(p.line(), p.column(), text(locale, p.key(), p.args()));
  }

  private static String text(Locale locale, String key, Object... args) {
    return Problems.inLanguage(locale, () -> Problems.text(key, args));
  }
}
