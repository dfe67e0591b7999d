package com.orderpool.web;

import com.orderpool.core.Config;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute links for e-mails and one-time links: {@code orderpool.base.url}, else the address of
 * the current request (work outside a request, without a configured URL, links to localhost).
 */
public final class Links {
  private Links() {}

  public static String absolute(String path) {
    return baseUrl() + path;
  }

  public static String baseUrl() {
    return Config.get("orderpool.base.url")
        .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
        .orElseGet(
            () -> {
              FacesContext fc = FacesContext.getCurrentInstance();
              if (fc == null) {
                return "http://localhost:8080";
              }
              ExternalContext ec = fc.getExternalContext();
              HttpServletRequest r = (HttpServletRequest) ec.getRequest();
              String port =
                  (r.getScheme().equals("http") && r.getServerPort() == 80)
                          || (r.getScheme().equals("https") && r.getServerPort() == 443)
                      ? ""
                      : ":" + r.getServerPort();
              return r.getScheme() + "://" + r.getServerName() + port + r.getContextPath();
            });
  }
}
