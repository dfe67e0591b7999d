package com.orderpool.platform.control;

import com.orderpool.core.ClusterBus;
import com.orderpool.core.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Platform's directory of tenants for the other contexts. Whether a tenant may be used right now
 * (checked on every request) and its name are cached for a few seconds. A change of a tenant
 * ({@link #forget}) drops it at once on this node and, once its transaction ends, on every node of
 * the cluster ({@link ClusterBus}): a suspension is refused everywhere at once. Searches are not
 * cached.
 */
@ApplicationScoped
public class TenantDirectory {
  static final Duration CACHE_TIME = Duration.ofSeconds(5);

  /** The bus channel of tenant changes; its key is the tenant code. */
  static final String CHANNEL = "platform.tenant";

  @Inject PlatformStore store;
  @Inject Clock clock;
  @Inject ClusterBus bus;

  private record Entry(boolean active, String name, Instant fetched) {}

  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  public boolean isActive(String code) {
    return entry(code).active();
  }

  public String name(String code) {
    return entry(code).name();
  }

  /** The address of the tenant's first active admin: where replies to its e-mails go by default. */
  public java.util.Optional<String> adminEmail(String code) {
    return store.firstAdminEmail(code);
  }

  /** The addresses of all the tenant's active admins (such as for a notice about its settings). */
  public List<String> adminEmails(String code) {
    return store.adminEmails(code);
  }

  /**
   * The role (e.g. {@code ACCOUNTANT}) of an active user of the tenant with this e-mail; empty for
   * an unknown, deactivated or other tenant's user. Not cached: background work that sends tenant
   * data to a person asks it right before sending.
   */
  public java.util.Optional<String> activeRole(String code, String email) {
    return store
        .user(email)
        .filter(u -> u.isActive() && u.getTenant() != null && code.equals(u.getTenant().getCode()))
        .map(u -> u.getRole().name());
  }

  /** The tenant changed (status, name): every node reads it again. */
  public void forget(String code) {
    bus.changed(CHANNEL, code);
  }

  void dropped(@Observes ClusterBus.Received change) {
    if (change.on(CHANNEL)) {
      cache.remove(change.key());
    }
  }

  /** A tenant as other contexts may list it: its code and name. */
  public record Listed(String code, String name) implements Serializable {}

  /**
   * Tenants whose code or name contains the text (all when blank), by code, at most {@code max}.
   */
  public List<Listed> search(String text, int max) {
    String pattern = new PageRequest(0, 1, null, false, text).likePattern();
    return store.tenantsLike(pattern == null ? "%" : pattern, max).stream()
        .map(t -> new Listed(t.getCode(), t.getName()))
        .toList();
  }

  /** The code of an existing tenant, as stored; an unknown code is not found. */
  public String requireCode(String code) {
    return store.requireTenant(code).getCode();
  }

  private Entry entry(String code) {
    Instant now = clock.instant();
    Entry e = cache.get(code);
    if (e == null || e.fetched().plus(CACHE_TIME).isBefore(now)) {
      e =
          store
              .tenant(code)
              .map(t -> new Entry(t.isActive(), t.getName(), now))
              .orElse(new Entry(false, code, now));
      cache.put(code, e);
    }
    return e;
  }
}
