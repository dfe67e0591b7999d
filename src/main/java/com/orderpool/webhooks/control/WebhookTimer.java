package com.orderpool.webhooks.control;

import com.orderpool.platform.control.PlatformStore;
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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Runs the webhook relay: every ten seconds for each active tenant, right after a commit that
 * queued a delivery, and when a retry falls due within the next minute (so short waits are kept).
 * Wake-ups for a tenant coalesce into the soonest; a run goes on batch after batch while more is
 * due. Deliveries are claimed under a row lock with a lease, so nodes and overlapping runs never
 * send one at the same time. While paused ({@link WebhookSettings#pause}), nothing is sent and
 * deliveries stay due.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookTimer {
  private static final Logger LOG = Logger.getLogger(WebhookTimer.class.getName());
  static final Duration SOON = Duration.ofMinutes(1);

  /** The shortest wait before a tenant's relay runs again by itself (more was due than a run). */
  static final Duration AGAIN = Duration.ofMillis(500);

  /** Batches a run sends at most while more is due. */
  static final int ROUNDS = 20;

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject WebhookRelay relay;
  @Inject WebhookSettings settings;
  @Inject Clock clock;

  @Resource TimerService timers;

  private final AtomicBoolean running = new AtomicBoolean();

  /** The earliest wake-up each tenant has scheduled on this node. */
  private final Map<String, Instant> wakeAt = new ConcurrentHashMap<>();

  private final Map<String, String> lastProblem = new ConcurrentHashMap<>();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void sweep() {
    if (settings.paused() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (String code : platform.activeTenantCodes()) {
        sweep(code);
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "webhook sweep skipped: " + e.getMessage());
    } finally {
      running.set(false);
    }
  }

  /** After commit only: a rolled-back transaction queued nothing. */
  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
    wake(queued.tenantCode(), Duration.ZERO);
  }

  /** A tenant's wake-up and when it was meant for. */
  record WakeUp(String code, Instant at) implements java.io.Serializable {}

  @Timeout
  void wakeUp(Timer timer) {
    WakeUp w = (WakeUp) timer.getInfo();
    wakeAt.remove(w.code(), w.at());
    if (!settings.paused()) {
      sweep(w.code());
    }
  }

  /**
   * Schedules a run of the tenant's relay; a wake-up already due sooner covers this one, a later
   * one does not (a retry in 40 s must not hold back a new event).
   */
  private void wake(String code, Duration in) {
    Instant at = clock.instant().plus(in);
    boolean[] sooner = {false};
    wakeAt.compute(
        code,
        (k, pending) -> {
          sooner[0] = pending == null || at.isBefore(pending);
          return sooner[0] ? at : pending;
        });
    if (sooner[0]) {
      try {
        // a timer runs as no one; the relay runs as the system only
        timers.createSingleActionTimer(
            Math.max(1, in.toMillis()), new TimerConfig(new WakeUp(code, at), false));
      } catch (RuntimeException e) {
        wakeAt.remove(code, at);
        LOG.warning(() -> "webhooks of " + code + " left to the next sweep: " + e.getMessage());
      }
    }
  }

  /**
   * Sends the tenant's due deliveries, batch after batch while more is due now (at most {@link
   * #ROUNDS} batches a run, so one tenant's backlog does not hold the others), then wakes for the
   * next one due within {@link #SOON}.
   */
  private void sweep(String code) {
    try {
      Instant now = clock.instant();
      Optional<Instant> next = runner.call(code, () -> relay.deliverDue(now));
      for (int round = 1;
          round < ROUNDS
              && !settings.paused()
              && next.isPresent()
              && !next.get().isAfter(clock.instant());
          round++) {
        Instant again = clock.instant();
        next = runner.call(code, () -> relay.deliverDue(again));
      }
      lastProblem.remove(code);
      next.map(at -> Duration.between(clock.instant(), at))
          .filter(wait -> wait.compareTo(SOON) < 0)
          .ifPresent(wait -> wake(code, wait.compareTo(AGAIN) < 0 ? AGAIN : wait));
    } catch (RuntimeException e) {
      String problem = String.valueOf(e.getMessage());
      if (!Objects.equals(lastProblem.put(code, problem), problem)) {
        LOG.warning(() -> "webhooks of " + code + " not swept: " + problem);
      }
    }
  }
}
