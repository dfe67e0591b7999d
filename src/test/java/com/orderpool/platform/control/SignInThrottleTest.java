package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private final Instant now = Instant.parse("2026-11-21T10:00:00Z");
  private final SignInThrottle throttle = new SignInThrottle();

  @Test
  void failuresAtOneAddressDoNotLockTheAccountElsewhere() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
      assertFalse(throttle.refusesSignIn("admin@x.test", "203.0.113.7", now));
      throttle.signInFailed("admin@x.test", "203.0.113.7", now);
    }
    assertTrue(throttle.refusesSignIn("ADMIN@x.test ", "203.0.113.7", now));
    assertFalse(throttle.refusesSignIn("admin@x.test", "198.51.100.1", now), "another address");
    assertFalse(throttle.refusesSignIn("other@x.test", "203.0.113.7", now), "another account");
    assertFalse(
        throttle.refusesSignIn("admin@x.test", "203.0.113.7", now.plus(SignInThrottle.WINDOW)));
  }

  @Test
  void anAddressTryingManyAccountsIsRefusedForAll() {
    for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
      throttle.signInFailed("user" + i + "@x.test", "203.0.113.8", now);
    }
    assertTrue(throttle.refusesSignIn("fresh@x.test", "203.0.113.8", now));
    assertFalse(throttle.refusesSignIn("fresh@x.test", "203.0.113.9", now));
  }

  @Test
  void hammeringOneAccountWhileRefusedEndsUpRefusingTheAddress() {
    for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
      throttle.signInFailed("admin@x.test", "203.0.113.11", now);
    }
    assertTrue(throttle.refusesSignIn("someone-else@x.test", "203.0.113.11", now));
  }

  @Test
  void successForgivesTheAccountButNotTheAddress() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 1; i++) {
      throttle.signInFailed("a@x.test", "203.0.113.10", now);
    }
    throttle.signInSucceeded("a@x.test", "203.0.113.10");
    throttle.signInFailed("a@x.test", "203.0.113.10", now);
    assertFalse(throttle.refusesSignIn("a@x.test", "203.0.113.10", now));
  }

  @Test
  void resetRequestsAreLimitedPerAccountAndPerAddress() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_RESETS; i++) {
      assertTrue(throttle.allowsReset("a@x.test", "203.0.113." + i, now));
    }
    assertFalse(throttle.allowsReset("a@x.test", "203.0.113.99", now), "per account");
    assertTrue(throttle.allowsReset("a@x.test", "203.0.113.99", now.plus(Duration.ofMinutes(61))));
    for (int i = 0; i < SignInThrottle.ADDRESS_RESETS; i++) {
      assertTrue(throttle.allowsReset("u" + i + "@x.test", "198.51.100.5", now));
    }
    assertFalse(throttle.allowsReset("new@x.test", "198.51.100.5", now), "per address");
  }

  @Test
  void ipv6CountsPer64AndIpv4AsIs() {
    assertEquals("203.0.113.7", SignInThrottle.addressKey(" 203.0.113.7 "));
    assertEquals(
        SignInThrottle.addressKey("2001:db8:1:2::1"),
        SignInThrottle.addressKey("[2001:0db8:0001:0002:ffff::9]"));
    assertFalse(
        SignInThrottle.addressKey("2001:db8:1:2::1")
            .equals(SignInThrottle.addressKey("2001:db8:1:3::1")));
    assertEquals("unknown", SignInThrottle.addressKey(null));
    assertEquals("not-an-address", SignInThrottle.addressKey("not-an-address"));
  }
}
