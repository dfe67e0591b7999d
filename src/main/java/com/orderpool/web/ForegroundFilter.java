package com.orderpool.web;

import com.orderpool.core.Foreground;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts the requests of signed-in people in flight (see {@link Foreground}): pages, their ajax
 * requests, and API calls (signed by a key, not a session); not anonymous requests (the login page,
 * health checks), static resources, the push channel, or file downloads (a long download is not
 * someone waiting for a page).
 */
@WebFilter(urlPatterns = "/*")
public class ForegroundFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getServletPath();
    String target = req.getRequestURI().substring(req.getContextPath().length());
    boolean api = target.startsWith("/api/");
    if ((req.getUserPrincipal() == null && !api)
        || path.startsWith("/jakarta.faces.resource")
        || path.startsWith("/orders/push")
        || path.startsWith("/files/")
        || path.startsWith("/resources/")) {
      chain.doFilter(req, res);
      return;
    }
    Foreground.begin();
    try {
      chain.doFilter(req, res);
    } finally {
      Foreground.end();
    }
  }
}
