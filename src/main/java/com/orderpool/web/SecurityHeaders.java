package com.orderpool.web;

import com.orderpool.core.Config;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The security headers every response carries: a Content-Security-Policy (scripts and styles from
 * this origin only; inline ones are allowed because PrimeFaces and Faces render inline handlers and
 * ajax updates evaluate scripts; no framing by other sites), no MIME sniffing, no referrer to other
 * sites, and Strict-Transport-Security when the request came over TLS (or through a proxy that is
 * trusted to say so in {@code X-Forwarded-Proto}).
 */
public final class SecurityHeaders {
  /**
   * Mail previews are sandboxed {@code srcdoc} frames and inherit this policy: their inline styles
   * apply, their scripts and remote images do not load.
   */
  public static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "frame-src 'self'",
          "frame-ancestors 'self'",
          "form-action 'self'",
          "base-uri 'self'");

  /** The settings: HSTS lifetime (0: never sent) and whether X-Forwarded-Proto is believed. */
  public record Settings(long hstsMaxAgeSeconds, boolean trustForwardedProto) {
    public static final long ONE_YEAR = 31_536_000L;

    /** From {@code orderpool.hsts.maxAge} and {@code orderpool.proxy.trustForwardedProto}. */
    static Settings fromConfig() {
      return new Settings(
          Long.parseLong(Config.get("orderpool.hsts.maxAge", Long.toString(ONE_YEAR)).strip()),
          Boolean.parseBoolean(Config.get("orderpool.proxy.trustForwardedProto", "false").strip()));
    }
  }

  private static volatile Settings settings;

  private SecurityHeaders() {}

  /** Whether the client reached us over TLS: directly, or through a trusted TLS proxy. */
  public static boolean overTls(boolean requestSecure, String forwardedProto, Settings s) {
    if (requestSecure) {
      return true;
    }
    if (!s.trustForwardedProto() || forwardedProto == null) {
      return false;
    }
    // a chain of proxies lists the client's side first
    String first = forwardedProto.split(",", 2)[0].strip();
    return "https".equals(first.toLowerCase(Locale.ROOT));
  }

  /** The headers for a response to a request that came over TLS or not. */
  public static Map<String, String> headers(boolean tls, Settings s) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "same-origin");
    h.put("X-Frame-Options", "SAMEORIGIN");
    if (tls && s.hstsMaxAgeSeconds() > 0) {
      h.put("Strict-Transport-Security", "max-age=" + s.hstsMaxAgeSeconds());
    }
    return h;
  }

  /** Sets the headers on a response (idempotent: an error dispatch may set them again). */
  public static void apply(HttpServletRequest req, HttpServletResponse res) {
    Settings s = current();
    boolean tls = overTls(req.isSecure(), req.getHeader("X-Forwarded-Proto"), s);
    headers(tls, s).forEach(res::setHeader);
  }

  private static Settings current() {
    Settings s = settings;
    if (s == null) {
      s = Settings.fromConfig();
      settings = s;
    }
    return s;
  }
}
