package com.orderpool.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The current tenant of this request. For people it comes from the authenticated principal, and
 * nothing else; system work (provisioning, timers, imports) names its tenant explicitly with {@link
 * #runAs}. A caller that belongs to a tenant can never run as another one.
 */
@RequestScoped
public class TenantContext {
  @Inject SecurityContext securityContext;

  private final Deque<String> explicit = new ArrayDeque<>();
  private int systemDepth;
  private final Deque<String> machines = new ArrayDeque<>();
  private Optional<OrderpoolPrincipal> principal;

  /** The current tenant's company code; throws when there is none. */
  public String code() {
    return current().orElseThrow(() -> new NoTenantException("no tenant in context"));
  }

  public Optional<String> current() {
    if (!explicit.isEmpty()) {
      return Optional.of(explicit.peek());
    }
    return principal().map(OrderpoolPrincipal::tenantCode);
  }

  /** The authenticated caller, if any. */
  public Optional<OrderpoolPrincipal> principal() {
    if (principal == null) {
      principal = resolvePrincipal();
    }
    return principal;
  }

  /** Who is acting: the caller's e-mail, or "system" for background work. */
  public String actor() {
    if (!machines.isEmpty()) {
      return machines.peek();
    }
    return principal().map(OrderpoolPrincipal::getName).orElse("system");
  }

  /** Runs work as the given tenant; new transactions started inside it bind to that tenant. */
  public <T> T runAs(String code, Supplier<T> work) {
    TenantSchema.of(code);
    Optional<String> own = principal().map(OrderpoolPrincipal::tenantCode);
    if (own.isPresent() && !own.get().equals(code)) {
      throw new SecurityException("a tenant user cannot act as another tenant");
    }
    explicit.push(code);
    try {
      return work.get();
    } finally {
      explicit.pop();
    }
  }

  /**
   * Runs work that no person asked for (timers, the relay, start-up, a verified provider callback)
   * as the system caller of the given tenant: the access rule lets it through every declared
   * boundary. A signed-in person never becomes the system caller. A {@code null} code is
   * platform-wide system work, in no tenant.
   */
  public <T> T runAsSystem(String code, Supplier<T> work) {
    if (principal().isPresent()) {
      throw new SecurityException("a signed-in caller cannot run as the system");
    }
    systemDepth++;
    try {
      return code == null ? work.get() : runAs(code, work);
    } finally {
      systemDepth--;
    }
  }

  /**
   * Runs a machine's request (an API key's call) in the key's tenant as that tenant's system
   * caller, named {@code actor} in the history. The API checks the key's scopes before it gets
   * here.
   */
  public <T> T runAsMachine(String code, String actor, Supplier<T> work) {
    machines.push(actor);
    try {
      return runAsSystem(code, work);
    } finally {
      machines.pop();
    }
  }

  /** True while system work runs ({@link #runAsSystem}). */
  public boolean isSystem() {
    return systemDepth > 0;
  }

  private Optional<OrderpoolPrincipal> resolvePrincipal() {
    try {
      return securityContext.getPrincipalsByType(OrderpoolPrincipal.class).stream().findFirst();
    } catch (RuntimeException outsideAWebRequest) {
      return Optional.empty();
    }
  }
}
