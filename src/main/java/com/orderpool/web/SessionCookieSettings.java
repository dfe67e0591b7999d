package com.orderpool.web;

import com.orderpool.core.Config;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly and SameSite=Lax (web.xml); {@code orderpool.cookie.secure=true}
 * also marks it Secure, for production behind TLS (a TLS-terminating proxy included, where the
 * server itself only sees plain HTTP).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (Boolean.parseBoolean(Config.get("orderpool.cookie.secure", "false").strip())) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
