package com.orderpool.notifications.control;

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
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Runs the relay: every ten seconds for the tenants whose mail is due ({@link DueWork}: marked in
 * the transaction that queued it, moved on to the next retry after each sweep), every fifteen
 * minutes for every active tenant as a safety net, and {@value #NUDGE_DELAY_MS} ms after a commit
 * that queued mail for a tenant, so it goes out within a second or two. Nudges for a tenant
 * coalesce: while one waits to start, further commits add none, so a busy tenant's mail goes out in
 * batches (one claim and one SMTP connection for many messages) rather than one run per order.
 * Messages are claimed under a row lock, so nodes and overlapping runs never send one twice.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class RelayTimer {
  private static final Logger LOG = Logger.getLogger(RelayTimer.class.getName());

  /** How long a nudge waits, gathering the mail of the commits that follow. */
  static final long NUDGE_DELAY_MS = 250;

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject OutboxRelay relay;
  @Inject DueSweeper sweeper;
  @Inject Clock clock;

  @Resource TimerService timers;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean fullRunning = new AtomicBoolean();
  private final Set<String> nudged = ConcurrentHashMap.newKeySet();
  private volatile boolean nudging = true;
  private final Map<String, String> lastProblem = new ConcurrentHashMap<>();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void tick() {
    sweepMarked();
  }

  /** Sweeps the tenants with mail due; returns how many were visited. */
  public int sweepMarked() {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      return sweeper.tick(DueWork.MAIL, clock.instant(), this::sweepTenant, this::problem);
    } catch (RuntimeException e) {
      LOG.warning(() -> "outbox sweep skipped: " + e.getMessage());
      return 0;
    } finally {
      running.set(false);
    }
  }

  /** Every active tenant, in case a marker is missing. */
  @Schedule(hour = "*", minute = "7/15", second = "30", persistent = false)
  void sweepAll() {
    if (!fullRunning.compareAndSet(false, true)) {
      return;
    }
    try {
      sweeper.full(DueWork.MAIL, platform.activeTenantCodes(), this::sweepTenant, this::problem);
    } catch (RuntimeException e) {
      LOG.warning(() -> "full outbox sweep skipped: " + e.getMessage());
    } finally {
      fullRunning.set(false);
    }
  }

  /**
   * Whether commits nudge the relay on this node (default yes); without nudges, mail goes out by
   * its marker on the next tick (tests and the benchmark use it to see that path alone).
   */
  public void useNudges(boolean on) {
    nudging = on;
  }

  /** After commit only: a rolled-back transaction queued nothing. */
  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    String code = queued.tenantCode();
    if (nudging && nudged.add(code)) {
      try {
        // a timer, not an asynchronous call: it runs as no one, while an asynchronous call would
        // carry the signed-in user who committed the mail, and the relay runs as the system only
        timers.createSingleActionTimer(NUDGE_DELAY_MS, new TimerConfig(code, false));
      } catch (RuntimeException e) {
        nudged.remove(code);
        LOG.warning(() -> "outbox of " + code + " left to the next sweep: " + e.getMessage());
      }
    }
  }

  /**
   * Delivers a tenant's due mail in the background. The nudge is cleared before the outbox is read,
   * so mail committed from then on gets a nudge of its own.
   */
  @Timeout
  void deliverSoon(Timer nudge) {
    String code = (String) nudge.getInfo();
    nudged.remove(code);
    sweeper.one(DueWork.MAIL, code, this::sweepTenant, this::problem);
  }

  /** Delivers the tenant's due mail; answers when its next message is due. */
  private Optional<Instant> sweepTenant(String code) {
    Optional<Instant> next =
        runner.call(
            code,
            () -> {
              relay.deliverDue(clock.instant());
              return relay.nextDue();
            });
    lastProblem.remove(code);
    return next;
  }

  private void problem(String code, RuntimeException e) {
    String problem = String.valueOf(e.getMessage());
    if (!Objects.equals(lastProblem.put(code, problem), problem)) {
      LOG.warning(() -> "outbox of " + code + " not swept: " + problem);
    }
  }
}
