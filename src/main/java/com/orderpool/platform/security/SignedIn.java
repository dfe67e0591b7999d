package com.orderpool.platform.security;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on a session and with which groups, as the identity store answered at sign-in. The
 * session id changes at sign-in, and logging out or invalidating the session forgets it.
 */
record SignedIn(CallerPrincipal caller, Set<String> groups) implements Serializable {
  static final String ATTRIBUTE = "orderpool.signedIn";

  SignedIn {
    groups = Set.copyOf(groups);
  }

  static void keep(HttpServletRequest request, CredentialValidationResult result) {
    request
        .getSession(true)
        .setAttribute(
            ATTRIBUTE, new SignedIn(result.getCallerPrincipal(), result.getCallerGroups()));
  }

  /** The session's caller, or null when nobody signed in on it. */
  static SignedIn of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedIn s ? s : null;
  }
}
