package com.orderpool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.web.SecurityHeaders.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
  private static final Settings DIRECT = new Settings(Settings.ONE_YEAR, false);
  private static final Settings PROXIED = new Settings(600, true);

  @Test
  void everyResponseGetsThePolicyNoSniffingAndNoReferrerToOtherSites() {
    Map<String, String> h = SecurityHeaders.headers(false, DIRECT);
    assertTrue(h.get("Content-Security-Policy").contains("frame-ancestors 'self'"));
    assertTrue(h.get("Content-Security-Policy").contains("default-src 'self'"));
    assertEquals("nosniff", h.get("X-Content-Type-Options"));
    assertEquals("same-origin", h.get("Referrer-Policy"));
    assertEquals("SAMEORIGIN", h.get("X-Frame-Options"));
    assertNull(h.get("Strict-Transport-Security"), "never over plain HTTP");
  }

  @Test
  void hstsOnlyOverTlsAndNotWhenSwitchedOff() {
    assertEquals(
        "max-age=31536000", SecurityHeaders.headers(true, DIRECT).get("Strict-Transport-Security"));
    assertEquals(
        "max-age=600", SecurityHeaders.headers(true, PROXIED).get("Strict-Transport-Security"));
    assertNull(
        SecurityHeaders.headers(true, new Settings(0, false)).get("Strict-Transport-Security"));
  }

  @Test
  void xForwardedProtoCountsOnlyWhenTheProxyIsTrusted() {
    assertTrue(SecurityHeaders.overTls(true, null, DIRECT));
    assertFalse(SecurityHeaders.overTls(false, "https", DIRECT), "anyone can send the header");
    assertTrue(SecurityHeaders.overTls(false, "https", PROXIED));
    assertTrue(SecurityHeaders.overTls(false, "HTTPS, http", PROXIED), "the client's side first");
    assertFalse(SecurityHeaders.overTls(false, "http, https", PROXIED));
    assertFalse(SecurityHeaders.overTls(false, null, PROXIED));
  }
}
