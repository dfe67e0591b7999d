package com.orderpool.api.boundary;

import com.orderpool.api.control.ApiCaller;
import com.orderpool.api.control.RateLimitedException;
import com.orderpool.api.control.RateLimiter;
import com.orderpool.core.UnauthenticatedException;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The way into the API: the {@code Authorization: Bearer <key>} header is checked against the
 * platform's keys (the key alone decides the tenant), the tenant's rate limit is taken, and the
 * work runs as that tenant's system caller, named after the key in the history. Each boundary
 * method then requires its scope from {@link ApiCaller}.
 */
@RequestScoped
public class ApiGate {
  private static final String BEARER = "bearer ";

  @Inject ApiKeys keys;
  @Inject ApiCaller caller;
  @Inject TenantContext tenant;
  @Inject RateLimiter limiter;
  @Inject ApiOrders orders;

  public <T> T call(String authorization, Supplier<T> work) {
    if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      throw new UnauthenticatedException();
    }
    ApiKeys.Caller key = keys.authenticate(authorization.substring(BEARER.length()).strip());
    caller.authenticated(key);
    try {
      return tenant.runAsMachine(
          key.tenantCode(),
          caller.actor(),
          () -> {
            long wait = limiter.take(key.tenantCode(), orders::rateLimit);
            if (wait > 0) {
              throw new RateLimitedException(wait);
            }
            return work.get();
          });
    } catch (SecurityException signedInCaller) {
      // a browser session calling the API: it is not a machine
      throw new UnauthenticatedException();
    }
  }
}
