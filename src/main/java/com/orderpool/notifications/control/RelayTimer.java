package com.orderpool.notifications.control;

import com.orderpool.platform.control.PlatformStore;
import com.orderpool.tenancy.TenantRunner;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Runs the relay: every ten seconds for each active tenant (retries and anything a nudge missed),
 * and right after a commit that queued mail for a tenant. Messages are claimed under a row lock, so
 * nodes and overlapping runs never send one twice.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RelayTimer {
  private static final Logger LOG = Logger.getLogger(RelayTimer.class.getName());

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject OutboxRelay relay;
  @Inject Clock clock;

  private final AtomicBoolean running = new AtomicBoolean();
  private final Map<String, String> lastProblem = new ConcurrentHashMap<>();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void sweep() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (String code : platform.activeTenantCodes()) {
        sweep(code);
      }
    } finally {
      running.set(false);
    }
  }

  /** After commit only: a rolled-back transaction queued nothing. */
  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    relay.deliverSoon(queued.tenantCode());
  }

  private void sweep(String code) {
    try {
      runner.run(code, () -> relay.deliverDue(clock.instant()));
      lastProblem.remove(code);
    } catch (RuntimeException e) {
      String problem = String.valueOf(e.getMessage());
      if (!Objects.equals(lastProblem.put(code, problem), problem)) {
        LOG.warning(() -> "outbox of " + code + " not swept: " + problem);
      }
    }
  }
}
