package com.orderpool.notifications.control;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On the 1st of each month (every half hour that day, so a node that was down or a failed tenant is
 * caught up), e-mails every active tenant's retailers their summary of the previous month (see
 * {@link RetailerSummaries}). The timer fires on every node; the month is claimed per tenant in the
 * database, so it is sent once. One tenant's failure is logged and the others go on.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class RetailerSummaryTimer {
  private static final Logger LOG = Logger.getLogger(RetailerSummaryTimer.class.getName());

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject RetailerSummaries summaries;
  @Inject Clock clock;
  @Inject ZoneId zone;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(dayOfMonth = "1", hour = "*", minute = "5,35", persistent = false)
  void firstOfMonth() {
    runAll(clock.instant());
  }

  /** The month whose summary is due on {@code today}: the previous one. */
  public static YearMonth dueMonth(LocalDate today) {
    return YearMonth.from(today).minusMonths(1);
  }

  /**
   * Sends the summaries of the month before {@code now} for every active tenant; returns how many
   * e-mails were queued.
   */
  public int runAll(Instant now) {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      List<String> codes;
      try {
        codes = platform.activeTenantCodes();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "retailer summaries skipped: tenants not readable", e);
        return 0;
      }
      YearMonth month = dueMonth(LocalDate.ofInstant(now, zone));
      int total = 0;
      for (String code : codes) {
        try {
          total += sendFor(code, month);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "retailer summaries of " + code + " failed; next run tries", e);
        }
      }
      return total;
    } finally {
      running.set(false);
    }
  }

  /** Sends one tenant's summaries of {@code month} (none when already sent); returns how many. */
  public int sendFor(String tenantCode, YearMonth month) {
    int sent = runner.call(tenantCode, () -> summaries.send(month));
    if (sent > 0) {
      LOG.info(() -> "retailer summaries of " + tenantCode + " for " + month + ": " + sent);
    }
    return sent;
  }
}
