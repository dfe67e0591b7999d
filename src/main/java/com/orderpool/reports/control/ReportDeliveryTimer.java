package com.orderpool.reports.control;

import com.orderpool.platform.control.PlatformStore;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 minutes, sends the due report subscriptions of every active tenant (see {@link
 * SubscriptionDelivery}): one tenant's or one subscription's failure is logged and the others go
 * on; a failed one is tried again on the next run. The timer fires on every node of a cluster; each
 * delivery is claimed in the database, so a period is sent once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportDeliveryTimer {
  private static final Logger LOG = Logger.getLogger(ReportDeliveryTimer.class.getName());

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject SubscriptionDelivery delivery;
  @Inject Clock clock;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  void quarterHourly() {
    runAll(clock.instant());
  }

  /** Sends the due reports of all active tenants as of {@code now}; returns how many were sent. */
  public int runAll(Instant now) {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      List<String> codes;
      try {
        codes = platform.activeTenantCodes();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "report subscriptions skipped: tenants not readable", e);
        return 0;
      }
      int total = 0;
      for (String code : codes) {
        try {
          int sent = runner.call(code, () -> sendDue(now));
          total += sent;
          if (sent > 0) {
            LOG.info(() -> "scheduled reports of " + code + ": " + sent);
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "scheduled reports of " + code + " failed", e);
        }
      }
      return total;
    } finally {
      running.set(false);
    }
  }

  /**
   * Sends the current tenant's due reports as of {@code now}, each in its own transaction; returns
   * how many were queued.
   */
  public int sendDue(Instant now) {
    int sent = 0;
    for (long id : delivery.due(now)) {
      try {
        if (delivery.deliver(id, now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "scheduled report " + id + " not sent; next run tries again", e);
      }
    }
    return sent;
  }
}
