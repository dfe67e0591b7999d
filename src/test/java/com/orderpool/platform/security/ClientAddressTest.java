package com.orderpool.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
  @Test
  void forwardedForIsIgnoredUnlessTheProxyIsTrusted() {
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", "203.0.113.7", false));
  }

  @Test
  void aTrustedProxysEntryIsTheLastOneNotWhatTheClientWrote() {
    assertEquals("198.51.100.4", ClientAddress.of("10.0.0.2", "1.2.3.4, 198.51.100.4", true));
    assertEquals("198.51.100.4", ClientAddress.of("10.0.0.2", "198.51.100.4", true));
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", null, true));
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", "1.2.3.4, ", true));
  }
}
