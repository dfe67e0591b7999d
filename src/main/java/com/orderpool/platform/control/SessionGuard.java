package com.orderpool.platform.control;

import com.orderpool.platform.entity.UserAccountChanged;
import com.orderpool.tenancy.OrderpoolPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
 * a change committed on this node is seen at once, on other nodes within the cache time.
 */
@ApplicationScoped
public class SessionGuard {
  static final Duration CACHE_TIME = Duration.ofSeconds(5);

  /** What happens to a session. */
  public enum Verdict {
    GOES_ON,
    TENANT_SUSPENDED,
    ENDED
  }

  @Inject PlatformStore store;
  @Inject TenantDirectory tenants;
  @Inject Clock clock;

  private record Entry(boolean active, long version, Instant fetched) {}

  private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

  public Verdict check(OrderpoolPrincipal caller) {
    if (caller.tenantCode() != null && !tenants.isActive(caller.tenantCode())) {
      return Verdict.TENANT_SUSPENDED;
    }
    Entry e = entry(caller.userId());
    return e.active() && e.version() == caller.sessionVersion() ? Verdict.GOES_ON : Verdict.ENDED;
  }

  /** An account changed: forget it now, and again once the change is committed. */
  void changed(@Observes UserAccountChanged change) {
    cache.remove(change.userId());
  }

  void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserAccountChanged change) {
    cache.remove(change.userId());
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
