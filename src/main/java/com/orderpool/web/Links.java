package com.orderpool.web;

import com.orderpool.core.BaseUrl;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute links shown on pages (such as a payment provider's callback URL): {@code
 * orderpool.base.url}, else the address of the current request (outside a request, localhost).
 * Links in e-mails never come from here but from {@link BaseUrl#configured()} only.
 */
public final class Links {
  private Links() {}

  public static String absolute(String path) {
    return baseUrl() + path;
  }

  public static String baseUrl() {
    return BaseUrl.configured()
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
