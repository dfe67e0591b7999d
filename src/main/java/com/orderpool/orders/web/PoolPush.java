package com.orderpool.orders.web;

import com.orderpool.orders.control.OrderChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Tells the open order pools of one tenant that orders changed, after the change committed. Sockets
 * register with their tenant code as the push "user", so other tenants receive nothing. Changes
 * within {@link #COALESCE_MS} make one push: every open pool refreshes once for a burst (API
 * intake, a bulk action) rather than once per order.
 */
@ApplicationScoped
public class PoolPush {
  public static final String CHANNEL = "orders";

  /** How long a tenant's changes are gathered into one push. */
  static final long COALESCE_MS = 300;

  @Inject
  @Push(channel = CHANNEL)
  PushContext orders;

  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<String> waiting = ConcurrentHashMap.newKeySet();

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
    String tenant = change.tenantCode();
    if (!waiting.add(tenant)) {
      return; // a push for this tenant is on its way and will cover this change
    }
    try {
      scheduler.schedule(
          () -> push(tenant, change.orderNumber()), COALESCE_MS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      push(tenant, change.orderNumber());
    }
  }

  /**
   * Sends one of the changed orders' numbers (pages refresh on any message). The flag is cleared
   * first, so a change committed while this push goes out gets a push of its own.
   */
  private void push(String tenant, String number) {
    waiting.remove(tenant);
    orders.send(number, tenant);
  }
}
