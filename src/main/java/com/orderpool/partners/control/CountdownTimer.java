package com.orderpool.partners.control;

import com.orderpool.platform.control.AutoSubmits;
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
 * Once a minute, submits the orders whose countdown ran out, in the tenants that submit
 * automatically (only those are visited), each order in a transaction of its own; one tenant's
 * failure is logged and the others go on.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class CountdownTimer {
  private static final Logger LOG = Logger.getLogger(CountdownTimer.class.getName());
  static final int BATCH = 100;

  @Inject AutoSubmits settings;
  @Inject TenantRunner runner;
  @Inject Countdowns countdowns;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    runAll(clock.instant());
  }

  /** Submits what is due at {@code now} in every tenant that has it on; how many orders went. */
  public int runAll(Instant now) {
    List<String> codes;
    try {
      codes = settings.tenants();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "automatic submissions skipped: settings not readable", e);
      return 0;
    }
    int sent = 0;
    for (String code : codes) {
      List<Long> due;
      try {
        due = runner.call(code, () -> countdowns.due(now, BATCH));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "automatic submissions of " + code + " not read", e);
        continue;
      }
      for (long id : due) {
        try {
          if (runner.call(code, () -> countdowns.fire(id, now)) > 0) {
            sent++;
          }
        } catch (RuntimeException e) {
          LOG.log(
              Level.WARNING, "automatic submission of order " + id + " of " + code + " failed", e);
        }
      }
    }
    return sent;
  }
}
