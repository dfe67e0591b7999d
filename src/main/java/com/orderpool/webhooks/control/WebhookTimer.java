package com.orderpool.webhooks.control;

import com.orderpool.platform.control.PlatformStore;
import com.orderpool.tenancy.DueSweeper;
import com.orderpool.tenancy.DueWork;
import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Runs the webhook relay: every ten seconds for the tenants whose deliveries are due ({@link
 * DueWork}: marked in the transaction that queued them, moved on to the next retry after each
 * sweep), every fifteen minutes for every active tenant as a safety net, right after a commit that
 * queued a delivery, and when a retry falls due within the next minute (so short waits are kept).
 * Wake-ups for a tenant coalesce. Deliveries are claimed under a row lock with a lease, so nodes
 * and overlapping runs never send one at the same time. While paused ({@link
 * WebhookSettings#pause}), nothing is sent and deliveries stay due.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookTimer {
  private static final Logger LOG = Logger.getLogger(WebhookTimer.class.getName());
  static final Duration SOON = Duration.ofMinutes(1);

  /** The shortest wait before a tenant's relay runs again by itself (more was due than a batch). */
  static final Duration AGAIN = Duration.ofMillis(500);

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject WebhookRelay relay;
  @Inject WebhookSettings settings;
  @Inject DueSweeper sweeper;
  @Inject Clock clock;

  @Resource TimerService timers;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean fullRunning = new AtomicBoolean();
  private final Set<String> woken = ConcurrentHashMap.newKeySet();
  private final Map<String, String> lastProblem = new ConcurrentHashMap<>();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void tick() {
    sweepMarked();
  }

  /** Sweeps the tenants with deliveries due; returns how many were visited. */
  public int sweepMarked() {
    if (settings.paused() || !running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      return sweeper.tick(DueWork.WEBHOOK, clock.instant(), this::sweep, this::problem);
    } catch (RuntimeException e) {
      LOG.warning(() -> "webhook sweep skipped: " + e.getMessage());
      return 0;
    } finally {
      running.set(false);
    }
  }

  /** Every active tenant, in case a marker is missing. */
  @Schedule(hour = "*", minute = "8/15", second = "40", persistent = false)
  void sweepAll() {
    if (settings.paused() || !fullRunning.compareAndSet(false, true)) {
      return;
    }
    try {
      sweeper.full(DueWork.WEBHOOK, platform.activeTenantCodes(), this::sweep, this::problem);
    } catch (RuntimeException e) {
      LOG.warning(() -> "full webhook sweep skipped: " + e.getMessage());
    } finally {
      fullRunning.set(false);
    }
  }

  /** After commit only: a rolled-back transaction queued nothing. */
  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
    wake(queued.tenantCode(), Duration.ZERO);
  }

  @Timeout
  void wakeUp(Timer timer) {
    String code = (String) timer.getInfo();
    woken.remove(code);
    if (!settings.paused()) {
      sweeper.one(DueWork.WEBHOOK, code, this::sweep, this::problem);
    }
  }

  private void wake(String code, Duration in) {
    if (woken.add(code)) {
      try {
        // a timer runs as no one; the relay runs as the system only
        timers.createSingleActionTimer(Math.max(1, in.toMillis()), new TimerConfig(code, false));
      } catch (RuntimeException e) {
        woken.remove(code);
        LOG.warning(() -> "webhooks of " + code + " left to the next sweep: " + e.getMessage());
      }
    }
  }

  /** Delivers the tenant's due deliveries; answers when its next one is due. */
  private Optional<Instant> sweep(String code) {
    Instant now = clock.instant();
    Optional<Instant> next = runner.call(code, () -> relay.deliverDue(now));
    lastProblem.remove(code);
    next.map(at -> Duration.between(clock.instant(), at))
        .filter(wait -> wait.compareTo(SOON) < 0)
        .ifPresent(wait -> wake(code, wait.compareTo(AGAIN) < 0 ? AGAIN : wait));
    return next;
  }

  private void problem(String code, RuntimeException e) {
    String problem = String.valueOf(e.getMessage());
    if (!Objects.equals(lastProblem.put(code, problem), problem)) {
      LOG.warning(() -> "webhooks of " + code + " not swept: " + problem);
    }
  }
}
