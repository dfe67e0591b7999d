package com.orderpool.support;

import com.orderpool.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * In-container tests act as the system caller: the test runner's requests run their test methods
 * inside {@link TenantContext#runAsSystem}, as timers and the relay do, and name their tenant with
 * {@code TenantRunner}. Only the test WAR has this filter.
 */
@WebFilter("/ArquillianServletRunnerEE9")
public class SystemCallerFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient TenantContext tenant;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      tenant.runAsSystem(
          null,
          () -> {
            try {
              chain.doFilter(req, res);
              return null;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (ServletException e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
