package com.orderpool.imports.control;

import com.orderpool.platform.control.FileWatches;
import com.orderpool.tenancy.TenantRunner;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The missing-file alarm: every five minutes, the tenants whose expected order file is overdue (one
 * platform query, however many tenants there are) get one e-mail to their admins per gap. The alarm
 * is claimed and the e-mails queued in one transaction, so a crash sends none and a second node
 * sends nothing. A file arriving ends the gap (see {@link ImportJobs}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class MissingFileAlarm {
  private static final Logger LOG = Logger.getLogger(MissingFileAlarm.class.getName());
  private static final int MAX_PER_RUN = 500;

  @Inject FileWatches watches;
  @Inject TenantRunner runner;
  @Inject MissingFileNotice notice;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  void every5Minutes() {
    runAll(clock.instant());
  }

  /** Raises the alarms due at {@code now}; returns the tenants told. */
  public List<String> runAll(Instant now) {
    // runs may overlap (a slow run, another node): each alarm is claimed, so it goes out once
    List<String> overdue;
    try {
      overdue = watches.overdue(now, MAX_PER_RUN);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "missing-file alarms skipped: watches not readable", e);
      return List.of();
    }
    return overdue.stream().filter(code -> raise(code, now)).toList();
  }

  private boolean raise(String code, Instant now) {
    try {
      boolean raised = runner.call(code, () -> notice.raise(now));
      if (raised) {
        LOG.info(() -> "missing-file alarm of " + code);
      }
      return raised;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "missing-file alarm of " + code + " failed", e);
      return false;
    }
  }
}
