package com.orderpool.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {
  private final Instant now = Instant.parse("2026-11-21T10:00:00Z");
  private final Tenant tenant = new Tenant("BFG", "BFG", "en", "EUR", now);

  @Test
  void fifthFailureLocksForFifteenMinutes() {
    UserAccount u = new UserAccount(tenant, "a@b.test", "A", Role.STAFF, now);
    for (int i = 0; i < 4; i++) {
      u.loginFailed(now);
    }
    assertFalse(u.isLocked(now));
    u.loginFailed(now);
    assertTrue(u.isLocked(now));
    assertTrue(u.isLocked(now.plus(Duration.ofMinutes(14))));
    assertFalse(u.isLocked(now.plus(Duration.ofMinutes(15))));
  }

  @Test
  void successResetsTheFailureCount() {
    UserAccount u = new UserAccount(tenant, "a@b.test", "A", Role.STAFF, now);
    for (int i = 0; i < 4; i++) {
      u.loginFailed(now);
    }
    u.loginSucceeded(now);
    assertEquals(0, u.getFailedLogins());
    u.loginFailed(now);
    assertFalse(u.isLocked(now));
  }

  @Test
  void rolesMatchTenantPresence() {
    assertThrows(
        IllegalArgumentException.class, () -> new UserAccount(null, "a@b", "A", Role.STAFF, now));
    assertThrows(
        IllegalArgumentException.class,
        () -> new UserAccount(tenant, "a@b", "A", Role.PLATFORM_ADMIN, now));
  }

  @Test
  void tenantSuspendAndReactivate() {
    Tenant t = new Tenant("XYZ", "X", "en", "EUR", now);
    assertEquals("tenant_xyz", t.getSchemaName());
    t.suspend(now);
    assertFalse(t.isActive());
    t.reactivate(now);
    assertTrue(t.isActive());
  }
}
