package com.orderpool.tenancy;

import com.orderpool.core.Config;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every five minutes, closes the tenant persistence units not busy for {@code
 * orderpool.tenant-units.idle-minutes} (default 10), so memory follows the tenants at work rather
 * than every tenant ever served.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class TenantUnitSweeper {
  private static final Logger LOG = Logger.getLogger(TenantUnitSweeper.class.getName());

  @Inject TenantUnits units;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  void sweep() {
    Duration idle =
        Duration.ofMinutes(Long.parseLong(Config.get("orderpool.tenant-units.idle-minutes", "10")));
    int closed = units.closeIdle(idle);
    if (closed > 0) {
      LOG.fine(
          () ->
              "tenant units closed after " + idle + " idle: " + closed + ", open " + units.open());
    }
  }
}
