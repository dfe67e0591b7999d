package com.orderpool.orders.web;

import com.orderpool.core.ClusterBus;
import com.orderpool.orders.control.OrderChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
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
 *
 * <p>In a cluster, the node where the change committed does the gathering and sends each push to
 * every node ({@link ClusterBus}), whose own sockets of that tenant then get it: a pool open on
 * another node refreshes too, and the grid carries no more messages than the pages get.
 */
@ApplicationScoped
public class PoolPush {
  /** How long after a push a tenant's further changes are gathered into the next one. */
  static final long COALESCE_MS = 300;

  /** The bus channel of pushes; its key is the tenant code and the order number. */
  static final String BUS_CHANNEL = "orders.pool";

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject ClusterBus bus;

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
    bus.send(BUS_CHANNEL, tenant + " " + number);
    try {
      scheduler.schedule(() -> timeUp(tenant), COALESCE_MS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      synchronized (recent) {
        recent.remove(tenant);
      }
    }
  }

  /** A push from this node or another: to this node's sockets of the tenant. */
  void deliver(@Observes ClusterBus.Received push) {
    if (!push.on(BUS_CHANNEL)) {
      return;
    }
    String[] tenantAndNumber = push.key().split(" ", 2);
    if (tenantAndNumber.length == 2) {
      // pages refresh on any message; it names one changed order
      PoolSocket.send(tenantAndNumber[0], tenantAndNumber[1]);
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
