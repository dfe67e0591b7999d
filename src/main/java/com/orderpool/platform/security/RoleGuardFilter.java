package com.orderpool.platform.security;

import com.orderpool.platform.control.SessionGuard;
import com.orderpool.tenancy.OrderpoolPrincipal;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Pages belong to roles by folder ({@link PageAccess}), matched on the decoded and normalised
 * servlet path, never the raw URI. A page of another role answers 404, so nothing is revealed. A
 * session whose tenant was suspended, or whose account was deactivated or got a new password since
 * it signed in, is logged out on its next request (see {@link SessionGuard}). This is a courtesy:
 * the boundaries check the caller's role themselves.
 */
@WebFilter(urlPatterns = "/*")
public class RoleGuardFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext securityContext;
  @Inject transient SessionGuard sessions;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null && endedSession(req, res)) {
      return;
    }
    Optional<String> path = PageAccess.normalise(req.getServletPath(), req.getPathInfo());
    if (path.isPresent() && FirstSignIn.redirected(req, res, path.get())) {
      return;
    }
    Optional<PageAccess.Rule> rule = path.flatMap(PageAccess::ruleFor);
    if (path.isEmpty()
        || (rule.isPresent() && rule.get().roles().stream().noneMatch(req::isUserInRole))) {
      // a page of another role looks like a missing one
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(req, res);
  }

  /** Logs out a session that may not go on and sends it to the login page, saying why. */
  private boolean endedSession(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    SessionGuard.Verdict verdict =
        securityContext.getPrincipalsByType(OrderpoolPrincipal.class).stream()
            .findFirst()
            .map(sessions::check)
            .orElse(SessionGuard.Verdict.GOES_ON);
    if (verdict == SessionGuard.Verdict.GOES_ON) {
      return false;
    }
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    req.logout();
    String why = verdict == SessionGuard.Verdict.TENANT_SUSPENDED ? "suspended" : "ended";
    String login = req.getContextPath() + OrderpoolAuthMechanism.LOGIN_PAGE + "?" + why + "=1";
    if (OrderpoolAuthMechanism.isFacesAjax(req)) {
      OrderpoolAuthMechanism.ajaxRedirect(res, login);
    } else {
      res.sendRedirect(login);
    }
    return true;
  }
}
