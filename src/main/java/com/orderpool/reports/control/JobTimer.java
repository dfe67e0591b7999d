package com.orderpool.reports.control;

import com.orderpool.platform.control.PlatformStore;
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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ContextServiceDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a queued download job as soon as the transaction that queued it commits. Every minute, for
 * every active tenant: queues again the download jobs whose node stopped, deletes the files that
 * expired, and starts the jobs that wait. It fires on every node; the claims decide which node runs
 * a job.
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
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobTimer {
  /** The executor download jobs run on: no caller identity or transaction passed on. */
  public static final String EXECUTOR = "java:app/concurrent/orderpool-download-jobs";

  static final String CONTEXT = "java:app/concurrent/orderpool-download-jobs-context";

  private static final Logger LOG = Logger.getLogger(JobTimer.class.getName());

  @Inject PlatformStore platform;
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
      for (String code : platform.activeTenantCodes()) {
        try {
          if (runner.call(code, jobs::tidy)) {
            worker.kick(code);
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "download jobs of " + code + " not tidied", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "download jobs: tenants not readable yet", e);
    }
  }
}
