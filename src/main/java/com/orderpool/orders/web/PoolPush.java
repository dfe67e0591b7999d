package com.orderpool.orders.web;

import com.orderpool.orders.control.OrderChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Tells the open order pools of one tenant that orders changed, after the change committed, through
 * their {@link PoolSocket}s (each belongs to one tenant, so other tenants receive nothing). A
 * change goes out at once; further changes within {@link #COALESCE_MS} after a push make one more
 * push at the end of that time: every open pool refreshes a few times a second during a burst (API
 * intake, a bulk action) rather than once per order.
 */
@ApplicationScoped
public class PoolPush {
  /** How long after a push a tenant's further changes are gathered into the next one. */
  static final long COALESCE_MS = 300;

  @Resource ManagedScheduledExecutorService scheduler;

  /** Tenants pushed to within the last COALESCE_MS, and the order number of a change since. */
  private final Map<String, Optional<String>> recent = new HashMap<>();

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
    String tenant = change.tenantCode();
    synchronized (recent) {
      if (recent.containsKey(tenant)) {
        recent.put(tenant, Optional.of(change.orderNumber())); // goes out when the time is up
        return;
      }
      recent.put(tenant, Optional.empty());
    }
    push(tenant, change.orderNumber());
  }

  /** Pushes now; changes until COALESCE_MS later are pushed together then. */
  private void push(String tenant, String number) {
    PoolSocket.send(tenant, number); // pages refresh on any message; it names one changed order
    try {
      scheduler.schedule(() -> timeUp(tenant), COALESCE_MS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      synchronized (recent) {
        recent.remove(tenant);
      }
    }
  }

  private void timeUp(String tenant) {
    Optional<String> since;
    synchronized (recent) {
      since = recent.remove(tenant);
      if (since != null && since.isPresent()) {
        recent.put(tenant, Optional.empty());
      }
    }
    if (since != null && since.isPresent()) {
      push(tenant, since.get());
    }
  }
}
