package com.orderpool.imports.boundary;

import com.orderpool.api.boundary.ApiOrderInput;
import com.orderpool.core.BusinessException;
import com.orderpool.files.ImportFiles;
import com.orderpool.imports.boundary.ImportSteps.RowError;
import com.orderpool.imports.control.CsvRecord;
import com.orderpool.imports.control.CsvRefusedException;
import com.orderpool.imports.control.CsvSource;
import com.orderpool.imports.control.ImportColumns;
import com.orderpool.imports.control.ImportJobs;
import com.orderpool.imports.control.OrderRows;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.integration.InvalidInputException;
import com.orderpool.integration.Problems;
import com.orderpool.integration.Problems.FieldError;
import com.orderpool.orders.entity.Channel;
import com.orderpool.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one import job in the current tenant, as the system named after who sent the file. The file
 * is read twice: first to find references whose rows do not follow each other (such an order is
 * rejected whole, never imported in part), then to settle each order in a transaction of its own:
 * placed, a duplicate of an order already there (same channel and reference), or rejected with
 * every error of its rows. A file refused as a whole fails the job and imports nothing. It runs
 * when a node has claimed a job ({@link ImportJobs.Claimed}, fired by the imports' timer in the
 * job's tenant, on the imports' executor).
 */
@ApplicationScoped
public class ImportExecution {
  private static final Logger LOG = Logger.getLogger(ImportExecution.class.getName());
  private static final long PROGRESS_EVERY_MS = 500;

  @Inject ImportJobs jobs;
  @Inject ImportSteps steps;
  @Inject ImportFiles files;
  @Inject TenantContext tenant;
  @Inject Validator validator;
  @Inject Event<ImportJobs.Finished> finished;

  /** Runs a claimed job to its end (done, or failed with the reason). */
  void onClaimed(@Observes ImportJobs.Claimed claimed) {
    ImportJob job = jobs.get(claimed.jobId());
    if (job.getSource() == ImportJob.Source.STORE || job.isTracking()) {
      return; // no file of orders: the store's importer, or the tracking run, runs it
    }
    run(claimed.jobId());
    finished.fire(new ImportJobs.Finished(claimed.jobId()));
  }

  private void run(long jobId) {
    ImportJob job = jobs.get(jobId);
    String code = tenant.code();
    Locale locale = Locale.forLanguageTag(job.getLanguage());
    Path file = files.path(code, job.getFileKey());
    tenant.runAsMachine(
        code,
        job.getCreatedBy() + " (CSV import)",
        () -> {
          try {
            Map<String, List<Integer>> split = splitReferences(file);
            settleAll(job, file, locale, split);
            jobs.done(jobId);
          } catch (CsvRefusedException e) {
            jobs.failed(jobId, e.messageKey(), text(locale, e.messageKey(), e.args()));
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import " + jobId + " of " + code + " failed", e);
            jobs.failed(jobId, "imports.failed", text(locale, "imports.failed"));
          }
          return null;
        });
  }

  /** Opens the file again (its size was checked against the cap when it arrived). */
  private static CsvSource open(Path file) throws CsvRefusedException {
    return CsvSource.open(
        file, Long.MAX_VALUE, ImportColumns.REQUIRED, new LinkedHashSet<>(ImportColumns.all()));
  }

  /** References whose rows come in more than one run, with the first line of each run. */
  private static Map<String, List<Integer>> splitReferences(Path file) throws CsvRefusedException {
    Map<String, List<Integer>> runs = new HashMap<>();
    try (CsvSource src = open(file)) {
      String last = null;
      for (CsvRecord r = src.next(); r != null; r = src.next()) {
        String ref = r.get(ImportColumns.REFERENCE);
        if (ref != null && !ref.equals(last)) {
          runs.computeIfAbsent(ref, k -> new ArrayList<>(1)).add(r.line());
        }
        last = ref;
      }
    }
    runs.values().removeIf(lines -> lines.size() < 2);
    return runs;
  }

  private void settleAll(ImportJob job, Path file, Locale locale, Map<String, List<Integer>> split)
      throws CsvRefusedException {
    long id = job.getId();
    Set<String> settled = new HashSet<>(steps.settled(id));
    steps.forgetLooseErrors(id);
    long reported = System.currentTimeMillis();
    try (CsvSource src = open(file)) {
      int columns = src.header().size();
      OrderRows current = null;
      for (CsvRecord r = src.next(); ; r = src.next()) {
        String ref = r == null ? null : r.get(ImportColumns.REFERENCE);
        if (current != null && (r == null || !current.reference().equals(ref))) {
          if (settled.add(current.reference())) {
            settle(id, current, columns, locale, split.get(current.reference()));
          }
          current = null;
        }
        if (r == null) {
          break;
        }
        if (ref == null) {
          steps.looseError(
              id,
              new RowError(
                  r.line(),
                  ImportColumns.REFERENCE,
                  text(locale, "imports.row.noReference", ImportColumns.REFERENCE)));
          continue;
        }
        if (current == null) {
          current = new OrderRows(ref);
        }
        current.add(r);
        if (System.currentTimeMillis() - reported >= PROGRESS_EVERY_MS) {
          jobs.progress(id, src.bytesRead());
          reported = System.currentTimeMillis();
        }
      }
    }
  }

  private void settle(
      long jobId, OrderRows rows, int columns, Locale locale, List<Integer> splitLines) {
    List<RowError> errors = new ArrayList<>();
    if (splitLines != null) {
      errors.add(
          new RowError(
              rows.firstLine(),
              ImportColumns.REFERENCE,
              text(locale, "imports.row.split", rows.reference(), joined(splitLines))));
      steps.reject(jobId, rows, errors);
      return;
    }
    for (OrderRows.RowProblem p : rows.problems(columns)) {
      errors.add(new RowError(p.line(), p.column(), text(locale, p.key(), p.args())));
    }
    ApiOrderInput.Parsed parsed = null;
    try {
      parsed =
          Problems.inLanguage(
              locale, () -> ApiOrderInput.read(rows.body(Channel.CSV.name()), validator));
    } catch (InvalidInputException invalid) {
      for (FieldError f : invalid.errors()) {
        errors.add(
            new RowError(rows.lineOf(f.field()), ImportColumns.columnOf(f.field()), f.message()));
      }
    }
    if (!errors.isEmpty()) {
      steps.reject(jobId, rows, errors);
      return;
    }
    try {
      steps.place(jobId, rows, parsed.order(), parsed.shippingMethodName());
    } catch (RuntimeException e) {
      BusinessException refusal = BusinessException.behind(e); // anything else stops the job
      if ("order.externalReference.taken".equals(refusal.messageKey())) {
        steps.duplicate(jobId, rows, String.valueOf(refusal.args()[1]));
        return;
      }
      String field = refusal.field();
      errors.add(
          new RowError(
              field == null ? rows.firstLine() : rows.lineOf(field),
              field == null ? null : ImportColumns.columnOf(field),
              text(locale, refusal.messageKey(), refusal.args())));
      steps.reject(jobId, rows, errors);
    }
  }

  private static String joined(List<Integer> lines) {
    return String.join(", ", lines.stream().map(String::valueOf).toList());
  }

  private static String text(Locale locale, String key, Object... args) {
    return Problems.inLanguage(locale, () -> Problems.text(key, args));
  }
}
