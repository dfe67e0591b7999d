package com.orderpool.stores.boundary;

import com.orderpool.api.boundary.ApiOrderInput;
import com.orderpool.core.BusinessException;
import com.orderpool.imports.boundary.ImportSteps;
import com.orderpool.imports.boundary.ImportSteps.RowError;
import com.orderpool.imports.control.ImportJobs;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.integration.InvalidInputException;
import com.orderpool.integration.Problems;
import com.orderpool.integration.Problems.FieldError;
import com.orderpool.orders.entity.Channel;
import com.orderpool.stores.control.StoreConnections;
import com.orderpool.stores.control.StoreSelection;
import com.orderpool.stores.control.StoreUnavailableException;
import com.orderpool.stores.control.WooClient;
import com.orderpool.stores.control.WooJson;
import com.orderpool.stores.control.WooOrders;
import com.orderpool.stores.entity.StoreConnection;
import com.orderpool.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a claimed store import job in its tenant, as the system named after who asked for it: the
 * store's orders are asked for page by page (100 at a time, as many pages as the store says), and
 * each order is settled in a transaction of its own, like a CSV file's: placed (channel {@code
 * IMPORT}, the store's order id as the external reference), a duplicate of an order imported
 * before, or rejected with its errors. A store that cannot be asked, refuses, or answers with
 * anything but a list of orders fails the job with the reason; the orders settled before stay (each
 * is whole), and a new import skips them as duplicates.
 */
@ApplicationScoped
public class StoreImportRun {
  private static final Logger LOG = Logger.getLogger(StoreImportRun.class.getName());
  private static final long PROGRESS_EVERY_MS = 500;

  @Inject ImportJobs jobs;
  @Inject ImportSteps steps;
  @Inject StoreConnections connections;
  @Inject WooClient client;
  @Inject TenantContext tenant;
  @Inject Validator validator;
  @Inject Clock clock;

  void onClaimed(@Observes ImportJobs.Claimed claimed) {
    ImportJob job = jobs.get(claimed.jobId());
    if (job.getSource() != ImportJob.Source.STORE) {
      return;
    }
    String code = tenant.code();
    Locale locale = Locale.forLanguageTag(job.getLanguage());
    tenant.runAsMachine(
        code,
        job.getCreatedBy() + " (store import)",
        () -> {
          try {
            run(job, locale);
            jobs.done(job.getId());
            connections.imported(clock.instant());
          } catch (BusinessException e) { // a refusal, the store's too (StoreUnavailableException)
            jobs.failed(job.getId(), e.messageKey(), text(locale, e.messageKey(), e.args()));
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "store import " + job.getId() + " of " + code + " failed", e);
            jobs.failed(job.getId(), "imports.failed", text(locale, "imports.failed"));
          }
          return null;
        });
  }

  private void run(ImportJob job, Locale locale) {
    StoreConnection store =
        connections.find().orElseThrow(() -> new StoreUnavailableException("store.none"));
    StoreSelection selection = StoreSelection.parse(job.getStoreQuery());
    Set<String> settled = new HashSet<>(steps.settled(job.getId()));
    String currency = connections.tenantCurrency();
    int position = 0;
    int pages = 1;
    long reported = System.currentTimeMillis();
    for (int page = 1; page <= pages; page++) {
      WooClient.Page answer = client.page(store, selection, page);
      if (page == 1) {
        pages = Math.max(1, answer.totalPages());
        jobs.sized(job.getId(), answer.total());
      }
      if (answer.totalPages() < 0 && answer.orders().size() >= WooClient.PER_PAGE) {
        pages = page + 1; // the store did not count its pages: go on while they are full
      }
      for (Map<String, Object> order : answer.orders()) {
        position++;
        WooOrders.Mapped mapped = WooOrders.map(order, Channel.IMPORT.name(), currency);
        if (mapped.reference() != null && settled.add(mapped.reference())) {
          settle(job.getId(), position, mapped, locale);
        }
        if (System.currentTimeMillis() - reported >= PROGRESS_EVERY_MS) {
          jobs.progress(job.getId(), position);
          reported = System.currentTimeMillis();
        }
      }
      jobs.progress(job.getId(), position);
      reported = System.currentTimeMillis();
    }
  }

  private void settle(long jobId, int line, WooOrders.Mapped mapped, Locale locale) {
    List<RowError> errors = new ArrayList<>();
    for (WooOrders.Problem p : mapped.problems()) {
      errors.add(new RowError(line, p.field(), text(locale, p.key(), p.args())));
    }
    ApiOrderInput.Parsed parsed = null;
    try {
      parsed =
          Problems.inLanguage(
              locale, () -> ApiOrderInput.read(WooJson.object(mapped.body()), validator));
    } catch (InvalidInputException invalid) {
      for (FieldError f : invalid.errors()) {
        errors.add(new RowError(line, f.field(), f.message()));
      }
    }
    if (!errors.isEmpty()) {
      steps.reject(jobId, mapped.reference(), line, errors);
      return;
    }
    try {
      steps.place(jobId, mapped.reference(), line, parsed.order(), Channel.IMPORT);
    } catch (RuntimeException e) {
      BusinessException refusal = BusinessException.behind(e); // anything else stops the job
      if ("order.externalReference.taken".equals(refusal.messageKey())) {
        steps.duplicate(jobId, mapped.reference(), line, String.valueOf(refusal.args()[1]));
        return;
      }
      errors.add(
          new RowError(line, refusal.field(), text(locale, refusal.messageKey(), refusal.args())));
      steps.reject(jobId, mapped.reference(), line, errors);
    }
  }

  private static String text(Locale locale, String key, Object... args) {
    return Problems.inLanguage(locale, () -> Problems.text(key, args));
  }
}
