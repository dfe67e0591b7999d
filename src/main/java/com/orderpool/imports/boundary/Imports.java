package com.orderpool.imports.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.api.control.ApiCaller;
import com.orderpool.api.control.Scope;
import com.orderpool.core.BusinessException;
import com.orderpool.core.PayloadTooLargeException;
import com.orderpool.imports.control.ImportIntake;
import com.orderpool.imports.control.ImportJobs;
import com.orderpool.imports.control.ImportSettings;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.imports.entity.ImportJob.Kind;
import com.orderpool.imports.entity.ImportJob.Source;
import com.orderpool.imports.entity.ImportedOrder;
import com.orderpool.platform.control.FileWatches;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Orders in by CSV file: a file sent by a person (the Import page) or a machine (the API) is kept,
 * checked as a whole at once (encoding, header, size: a refused file keeps nothing), and queued as
 * an import job that places its orders in the background. Anyone of the tenant may follow the jobs;
 * staff and admins send files.
 */
@Stateless
@Allow({TENANT_ADMIN, STAFF})
public class Imports {
  /** The most bad rows a job shows (the first, in file order). */
  public static final int MAX_ERRORS_SHOWN = 1000;

  @Inject ImportJobs jobs;
  @Inject ImportIntake intake;
  @Inject ImportSettings settings;
  @Inject TenantContext tenant;
  @Inject ApiCaller apiCaller;
  @Inject FileWatches watches;
  @Inject Clock clock;

  /** A file uploaded on the Import page; errors of its rows come in the uploader's language. */
  public ImportJob upload(@NotNull String fileName, @NotNull InputStream in, Locale language) {
    return accept(Source.UPLOAD, fileName, in, language, tenant.actor());
  }

  /**
   * A file of tracking numbers uploaded on the Import page (as a partner drops one in the SFTP
   * {@code tracking/} folder): each good row ships its order.
   */
  public ImportJob uploadTracking(
      @NotNull String fileName, @NotNull InputStream in, Locale language) {
    return intake.accept(Kind.TRACKING, Source.UPLOAD, fileName, in, language, tenant.actor());
  }

  /** A file posted to the API by a key with {@code orders:write}; its errors come in English. */
  public ImportJob post(String fileName, @NotNull InputStream in) {
    apiCaller.require(Scope.ORDERS_WRITE);
    try {
      return accept(Source.API, fileName, in, Locale.ENGLISH, tenant.actor());
    } catch (BusinessException e) {
      if ("attachment.tooLarge".equals(e.messageKey())) {
        throw new PayloadTooLargeException((int) settings.maxBytes());
      }
      throw e;
    }
  }

  /** A job, for a key with {@code orders:read}; another tenant's is not found. */
  public ImportJob apiJob(long id) {
    apiCaller.require(Scope.ORDERS_READ);
    return jobs.get(id);
  }

  /** A job's bad rows, for a key with {@code orders:read}. */
  public List<ImportError> apiErrors(long id) {
    apiCaller.require(Scope.ORDERS_READ);
    return jobs.errors(jobs.get(id).getId(), MAX_ERRORS_SHOWN);
  }

  /** What became of a job's orders, for a key with {@code orders:read}. */
  public List<ImportedOrder> apiOrders(long id) {
    apiCaller.require(Scope.ORDERS_READ);
    return jobs.orders(jobs.get(id).getId(), Integer.MAX_VALUE);
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<ImportJob> recent() {
    return jobs.recent(50);
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public ImportJob job(long id) {
    return jobs.get(id);
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<ImportError> errors(long id) {
    return jobs.errors(jobs.get(id).getId(), MAX_ERRORS_SHOWN);
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<ImportedOrder> orders(long id) {
    return jobs.orders(jobs.get(id).getId(), 5000);
  }

  /** The largest file accepted, in MB. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public int maxMegabytes() {
    return settings.maxMegabytes();
  }

  /** The tenant's expectation of order files; null when it expects none. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public FileExpectation expectation() {
    return watches.of(tenant.code()).map(w -> FileExpectation.of(w, clock.instant())).orElse(null);
  }

  /**
   * Expects an order file every {@code everyHours} hours (1 to 168); when none comes in time the
   * admins get one e-mail per gap. Null or 0 expects none.
   */
  @Allow(TENANT_ADMIN)
  public FileExpectation expectFiles(Integer everyHours) {
    if (everyHours == null || everyHours == 0) {
      watches.stop(tenant.code());
      return null;
    }
    if (everyHours < 1 || everyHours > FileWatches.MAX_HOURS) {
      throw new BusinessException("everyHours", "imports.expect.range", 1, FileWatches.MAX_HOURS);
    }
    Instant lastFile =
        jobs.recent(1).stream().map(ImportJob::getCreatedAt).findFirst().orElse(null);
    FileWatches.Watch w = watches.expect(tenant.code(), everyHours, lastFile, tenant.actor());
    return FileExpectation.of(w, clock.instant());
  }

  private ImportJob accept(
      Source source, String fileName, InputStream in, Locale language, String who) {
    return intake.accept(source, fileName, in, language, who);
  }
}
