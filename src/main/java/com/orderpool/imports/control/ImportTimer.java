package com.orderpool.imports.control;

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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
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
 * Starts a queued import as soon as the transaction that queued it commits, on the imports'
 * executor (no caller identity or transaction passed on: a job runs as the system named after who
 * sent the file). Every minute, for the tenants with imports queued or running ({@link DueWork}:
 * marked in the transaction that queued the job, kept while a job is unfinished): queues again the
 * imports whose node stopped, forgets old ones, and starts those that wait; hourly the same for
 * every active tenant, as a safety net. It fires on every node; the claims decide which node runs a
 * job.
 */
@ContextServiceDefinition(
    name = ImportTimer.CONTEXT,
    propagated = ContextServiceDefinition.APPLICATION,
    cleared = {ContextServiceDefinition.SECURITY, ContextServiceDefinition.TRANSACTION},
    unchanged = {})
@ManagedExecutorDefinition(name = ImportTimer.EXECUTOR, context = ImportTimer.CONTEXT, maxAsync = 2)
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportTimer {
  static final String EXECUTOR = "java:app/concurrent/orderpool-imports";
  static final String CONTEXT = "java:app/concurrent/orderpool-imports-context";

  private static final Logger LOG = Logger.getLogger(ImportTimer.class.getName());

  /** When a tenant with an unfinished import is visited again (the next minute's tick). */
  static final Duration AGAIN = Duration.ofSeconds(50);

  @Inject PlatformStore platform;
  @Inject DueSweeper sweeper;
  @Inject Clock clock;
  @Inject TenantRunner runner;
  @Inject ImportJobs jobs;
  @Inject Event<ImportJobs.Claimed> claimed;

  @Resource TimerService timers;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService executor;

  /** After commit only: a rolled-back transaction queued nothing. */
  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportJobs.Queued q) {
    try {
      timers.createSingleActionTimer(1, new TimerConfig(q.tenantCode(), false));
    } catch (RuntimeException e) {
      LOG.warning(() -> "import of " + q.tenantCode() + " left to the next minute");
    }
  }

  @Timeout
  void startSoon(Timer nudge) {
    kick((String) nudge.getInfo());
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    try {
      sweeper.tick(DueWork.IMPORT, clock.instant(), this::tidy, this::problem);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "imports: tenants not readable yet", e);
    }
  }

  @Schedule(hour = "*", minute = "23", second = "15", persistent = false)
  void hourly() {
    try {
      sweeper.full(DueWork.IMPORT, platform.activeTenantCodes(), this::tidy, this::problem);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "imports: tenants not readable yet", e);
    }
  }

  /** Tidies and starts the tenant's imports; answers the next visit while one is unfinished. */
  private Optional<Instant> tidy(String code) {
    if (runner.call(code, jobs::tidy)) {
      kick(code);
    }
    return runner.call(code, jobs::unfinished)
        ? Optional.of(clock.instant().plus(AGAIN))
        : Optional.empty();
  }

  private void problem(String code, RuntimeException e) {
    LOG.log(Level.WARNING, "imports of " + code + " not tidied", e);
  }

  /** Runs the tenant's queued imports in the background, one after another. */
  public void kick(String tenantCode) {
    executor.submit(() -> drain(tenantCode));
  }

  /** Claims and runs the tenant's imports until none can start; returns how many ran. */
  public int drain(String tenantCode) {
    int ran = 0;
    try {
      while (true) {
        Optional<Long> id = runner.call(tenantCode, jobs::claimNext);
        if (id.isEmpty()) {
          return ran;
        }
        runner.run(tenantCode, () -> claimed.fire(new ImportJobs.Claimed(id.get())));
        ran++;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "imports of " + tenantCode + " stopped", e);
      return ran;
    }
  }
}
