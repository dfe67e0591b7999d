package com.orderpool.platform.security;

import com.orderpool.platform.control.TenantDirectory;
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
 * user of a suspended tenant is logged out on their next request. This is a courtesy: the
 * boundaries check the caller's role themselves.
 */
@WebFilter(urlPatterns = "/*")
public class RoleGuardFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext securityContext;
  @Inject transient TenantDirectory tenants;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null) {
      Optional<String> tenant =
          securityContext.getPrincipalsByType(OrderpoolPrincipal.class).stream()
              .findFirst()
              .map(OrderpoolPrincipal::tenantCode);
      if (tenant.isPresent() && !tenants.isActive(tenant.get())) {
        HttpSession session = req.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        req.logout();
        res.sendRedirect(req.getContextPath() + OrderpoolAuthMechanism.LOGIN_PAGE + "?suspended=1");
        return;
      }
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
}
