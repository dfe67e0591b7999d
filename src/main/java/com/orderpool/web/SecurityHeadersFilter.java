package com.orderpool.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every response the application renders, error pages included.
 * Responses the login mechanism answers itself (redirects to the login page, an API call's 401) get
 * them from the mechanism, which runs before any filter.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.INCLUDE,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!res.isCommitted()) {
      SecurityHeaders.apply(req, res);
    }
    chain.doFilter(req, res);
  }
}
