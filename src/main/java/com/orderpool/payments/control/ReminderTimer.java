package com.orderpool.payments.control;

import com.orderpool.core.Config;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
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
 * Sends the day's payment reminders at 07:00 server time (setting {@value #SCHEDULE}: second,
 * minute and hour as in an EJB schedule, {@code 0 0 7} by default) for every active tenant, each in
 * its own transactions: one tenant's failure is logged and the others go on. The timer fires on
 * every node of a cluster; {@link PaymentReminders} locks each order, so a second run sends
 * nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderTimer {
  private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

  /** When the reminders go out: second, minute and hour, as in an EJB schedule. */
  public static final String SCHEDULE = "orderpool.reminders.schedule";

  static final String DEFAULT_SCHEDULE = "0 0 7";

  /** At most this many batches per tenant and run (the rest waits for the next run). */
  static final int MAX_BATCHES = 50;

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject PaymentReminders reminders;
  @Inject Clock clock;
  @Resource TimerService timers;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    timers.createCalendarTimer(
        expression(Config.get(SCHEDULE, DEFAULT_SCHEDULE)),
        new TimerConfig("payment reminders", false));
  }

  /** The schedule written {@code <second> <minute> <hour>}, e.g. {@code 0 0 7}. */
  static ScheduleExpression expression(String value) {
    String[] f = value.strip().split("\\s+");
    if (f.length != 3) {
      throw new IllegalArgumentException(
          SCHEDULE + ": expected <second> <minute> <hour> such as 0 0 7, not '" + value + "'");
    }
    return new ScheduleExpression().second(f[0]).minute(f[1]).hour(f[2]);
  }

  @Timeout
  void due() {
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
