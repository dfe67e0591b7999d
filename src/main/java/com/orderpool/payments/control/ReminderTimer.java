package com.orderpool.payments.control;

import com.orderpool.platform.control.PlatformStore;
import com.orderpool.tenancy.TenantRunner;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the day's payment reminders at 07:00 server time for every active tenant, each in its own
 * transactions: one tenant's failure is logged and the others go on. The timer fires on every node
 * of a cluster; {@link PaymentReminders} locks each order, so a second run sends nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {
  private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

  /** At most this many batches per tenant and run (the rest waits for the next run). */
  static final int MAX_BATCHES = 50;

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject PaymentReminders reminders;
  @Inject Clock clock;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "7", minute = "0", persistent = false)
  void daily() {
    runAll(clock.instant());
  }

  /** Runs the reminders of all active tenants as of {@code now}; returns how many were sent. */
  public int runAll(Instant now) {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      List<String> codes;
      try {
        codes = platform.activeTenantCodes();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "payment reminders skipped: tenants not readable", e);
        return 0;
      }
      int total = 0;
      for (String code : codes) {
        try {
          int sent = runner.call(code, () -> sendAll(now));
          total += sent;
          if (sent > 0) {
            LOG.info(() -> "payment reminders of " + code + ": " + sent);
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "payment reminders of " + code + " failed", e);
        }
      }
      return total;
    } finally {
      running.set(false);
    }
  }

  private int sendAll(Instant now) {
    int total = 0;
    int batches = 0;
    int sent;
    do {
      sent = reminders.sendDue(now);
      total += sent;
    } while (sent == PaymentReminders.BATCH && ++batches < MAX_BATCHES);
    return total;
  }
}
