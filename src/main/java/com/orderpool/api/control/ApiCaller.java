package com.orderpool.api.control;

import com.orderpool.core.ForbiddenException;
import com.orderpool.core.UnauthenticatedException;
import com.orderpool.platform.control.ApiKeys;
import jakarta.enterprise.context.RequestScoped;

/**
 * The API key behind this request, once the gate has authenticated it. Boundary methods name the
 * scope they need with {@link #require}; a key without it is refused (403). A key bound to a
 * partner sees only that partner's orders ({@link #partnerId}) and is refused everything but reads
 * and shipments ({@link #requireWholeTenant}).
 */
@RequestScoped
public class ApiCaller {
  private ApiKeys.Caller caller;

  public void authenticated(ApiKeys.Caller caller) {
    this.caller = caller;
  }

  public ApiKeys.Caller current() {
    if (caller == null) {
      throw new UnauthenticatedException();
    }
    return caller;
  }

  /** Refuses the call unless the key carries the scope. */
  public void require(String scope) {
    if (!current().scopes().contains(scope)) {
      throw new ForbiddenException();
    }
  }

  /** The partner the key is bound to, or null for a key of the whole tenant. */
  public Long partnerId() {
    return current().partnerId();
  }

  /** Refuses the call (403) to a key bound to a partner: the call is for whole-tenant keys only. */
  public void requireWholeTenant() {
    if (current().isPartner()) {
      throw new ForbiddenException();
    }
  }

  /** How the history names this caller: the key's name and prefix. */
  public String actor() {
    return "API key " + current().keyName();
  }
}
