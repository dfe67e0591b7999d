package com.orderpool.reports.control;

import com.orderpool.platform.control.PlatformStore;
import com.orderpool.tenancy.DueSweeper;
import com.orderpool.tenancy.DueWork;
import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ContextServiceDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a queued download job as soon as the transaction that queued it commits. Every minute, for
 * the tenants with download jobs queued or running ({@link DueWork}: marked in the transaction that
 * queued the job, kept while a job is unfinished): queues again the download jobs whose node
 * stopped, deletes the files that expired, and starts the jobs that wait; hourly the same for every
 * active tenant (expired files, a safety net). It fires on every node; the claims decide which node
 * runs a job.
 */
@ContextServiceDefinition(
    name = JobTimer.CONTEXT,
    propagated = ContextServiceDefinition.APPLICATION,
    cleared = {ContextServiceDefinition.SECURITY, ContextServiceDefinition.TRANSACTION},
    unchanged = {})
@ManagedExecutorDefinition(name = JobTimer.EXECUTOR, context = JobTimer.CONTEXT, maxAsync = 4)
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class JobTimer {
  /** The executor download jobs run on: no caller identity or transaction passed on. */
  public static final String EXECUTOR = "java:app/concurrent/orderpool-download-jobs";

  static final String CONTEXT = "java:app/concurrent/orderpool-download-jobs-context";

  private static final Logger LOG = Logger.getLogger(JobTimer.class.getName());

  /** When a tenant with an unfinished job is visited again (the next minute's tick). */
  static final Duration AGAIN = Duration.ofSeconds(50);

  @Inject PlatformStore platform;
  @Inject DueSweeper sweeper;
  @Inject Clock clock;
  @Inject TenantRunner runner;
  @Inject DownloadJobs jobs;
  @Inject JobWorker worker;

  @Resource TimerService timers;

  /**
   * After commit only: a rolled-back transaction queued nothing. A one-off timer starts the job, so
   * it runs as no one: a direct hand-over would carry the signed-in user who queued it.
   */
  public void onQueued(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DownloadJobs.Queued queued) {
    try {
      timers.createSingleActionTimer(1, new TimerConfig(queued.tenantCode(), false));
    } catch (RuntimeException e) {
      LOG.warning(() -> "download job of " + queued.tenantCode() + " left to the next minute");
    }
  }

  @Timeout
  void startSoon(Timer nudge) {
    worker.kick((String) nudge.getInfo());
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    try {
      sweeper.tick(DueWork.DOWNLOAD, clock.instant(), this::tidy, this::problem);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "download jobs: tenants not readable yet", e);
    }
  }

  @Schedule(hour = "*", minute = "29", second = "15", persistent = false)
  void hourly() {
    try {
      sweeper.full(DueWork.DOWNLOAD, platform.activeTenantCodes(), this::tidy, this::problem);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "download jobs: tenants not readable yet", e);
    }
  }

  /** Tidies and starts the tenant's jobs; answers the next visit while one is unfinished. */
  private Optional<Instant> tidy(String code) {
    if (runner.call(code, jobs::tidy)) {
      worker.kick(code);
    }
    return runner.call(code, jobs::unfinished)
        ? Optional.of(clock.instant().plus(AGAIN))
        : Optional.empty();
  }

  private void problem(String code, RuntimeException e) {
    LOG.log(Level.WARNING, "download jobs of " + code + " not tidied", e);
  }
}
