package com.orderpool.core;

import java.net.URI;
import java.util.Optional;

/**
 * The public address of the backoffice ({@code orderpool.base.url}, env {@code
 * ORDERPOOL_BASE_URL}). Links in e-mails are built from it only, never from a request's Host
 * header, which the sender of the request controls.
 */
public final class BaseUrl {
  public static final String KEY = "orderpool.base.url";

  private BaseUrl() {}

  /** The configured address without a trailing slash; empty when unset or not an http(s) URL. */
  public static Optional<String> configured() {
    return Config.get(KEY).flatMap(BaseUrl::normalize);
  }

  /** An absolute http(s) URL with a host, without trailing slashes, query or fragment. */
  public static Optional<String> normalize(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String url = value.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
        return Optional.empty();
      }
      return Optional.of(url);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
