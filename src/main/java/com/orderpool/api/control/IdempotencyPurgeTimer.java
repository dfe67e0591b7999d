package com.orderpool.api.control;

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
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgets answered idempotency keys once they are older than {@link Idempotency#KEPT}, hourly, for
 * every active tenant in its own transaction. Running on every node of a cluster is harmless.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class IdempotencyPurgeTimer {
  private static final Logger LOG = Logger.getLogger(IdempotencyPurgeTimer.class.getName());

  @Inject PlatformStore platform;
  @Inject TenantRunner runner;
  @Inject Purge purge;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void hourly() {
    List<String> codes;
    try {
      codes = platform.activeTenantCodes();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "idempotency purge skipped: tenants not readable", e);
      return;
    }
    for (String code : codes) {
      try {
        int gone = runner.call(code, purge::run);
        if (gone > 0) {
          LOG.fine(() -> "idempotency keys purged for " + code + ": " + gone);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "idempotency purge of " + code + " failed", e);
      }
    }
  }

  /** One tenant's purge, in a transaction of its own. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Purge {
    @Inject Idempotency idempotency;

    @Transactional
    public int run() {
      return idempotency.purge();
    }
  }
}
