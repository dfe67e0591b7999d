package com.orderpool.platform.security;

import com.orderpool.core.Config;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for throttling. The connection's peer, unless the setting
 * {@value #TRUST_PROXY} ({@code ORDERPOOL_HTTP_TRUST_FORWARDED_FOR}) says a reverse proxy stands in
 * front: then the last {@code X-Forwarded-For} entry, the one that proxy added (earlier entries
 * come from the client and prove nothing).
 */
public final class ClientAddress {
  public static final String TRUST_PROXY = "orderpool.http.trust-forwarded-for";
  static final String HEADER = "X-Forwarded-For";

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    boolean trusted = Boolean.parseBoolean(Config.get(TRUST_PROXY, "false"));
    return of(request.getRemoteAddr(), request.getHeader(HEADER), trusted);
  }

  static String of(String peer, String forwardedFor, boolean trustProxy) {
    if (trustProxy && forwardedFor != null) {
      String[] hops = forwardedFor.split(",");
      String last = hops[hops.length - 1].strip();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return peer;
  }
}
