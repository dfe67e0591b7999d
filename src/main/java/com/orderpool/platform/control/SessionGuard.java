package com.orderpool.platform.control;

import com.orderpool.core.ClusterBus;
import com.orderpool.platform.entity.UserAccountChanged;
import com.orderpool.tenancy.OrderpoolPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a signed-in session may go on, checked on every request: its tenant is active, its
 * account is active, and the account's session version is still the one it signed in with (a new
 * password, a deactivation or a tenant suspension raise it). Accounts are cached for a few seconds;
 * a change drops the account at once on this node and, once it ends, on every node of the cluster
 * ({@link ClusterBus}).
 */
@ApplicationScoped
public class SessionGuard {
  static final Duration CACHE_TIME = Duration.ofSeconds(5);

  /** The bus channel of changed accounts; its key is the account's id. */
  static final String CHANNEL = "platform.account";

  /** What happens to a session. */
  public enum Verdict {
    GOES_ON,
    TENANT_SUSPENDED,
    ENDED
  }

  @Inject PlatformStore store;
  @Inject TenantDirectory tenants;
  @Inject Clock clock;
  @Inject ClusterBus bus;

  private record Entry(boolean active, long version, Instant fetched) {}

  private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

  public Verdict check(OrderpoolPrincipal caller) {
    if (caller.tenantCode() != null && !tenants.isActive(caller.tenantCode())) {
      return Verdict.TENANT_SUSPENDED;
    }
    Entry e = entry(caller.userId());
    return e.active() && e.version() == caller.sessionVersion() ? Verdict.GOES_ON : Verdict.ENDED;
  }

  /** An account changed: forget it now, and on every node once the change ends. */
  void changed(@Observes UserAccountChanged change) {
    bus.changed(CHANNEL, Long.toString(change.userId()));
  }

  void dropped(@Observes ClusterBus.Received change) {
    if (change.on(CHANNEL)) {
      cache.remove(Long.parseLong(change.key()));
    }
  }

  private Entry entry(long userId) {
    Instant now = clock.instant();
    Entry e = cache.get(userId);
    if (e == null || !now.isBefore(e.fetched().plus(CACHE_TIME))) {
      e =
          store
              .sessionState(userId)
              .map(s -> new Entry(s.active(), s.version(), now))
              .orElse(new Entry(false, -1, now));
      cache.put(userId, e);
    }
    return e;
  }
}
