package com.orderpool.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {
  private final Instant now = Instant.parse("2026-11-21T10:00:00Z");
  private final Tenant tenant = new Tenant("BFG", "BFG", "en", "EUR", now);

  @Test
  void newPasswordAndDeactivationEndSessionsButARehashDoesNot() {
    UserAccount u = new UserAccount(tenant, "a@b.test", "A", Role.STAFF, now);
    long v0 = u.getSessionVersion();
    u.rehash("pbkdf2-sha256$600000$salt$hash");
    assertEquals(v0, u.getSessionVersion(), "the same password in a new format");
    u.setPasswordHash("pbkdf2-sha256$600000$salt$other");
    long v1 = u.getSessionVersion();
    assertTrue(v1 > v0, "a new password ends sessions");
    u.deactivate();
    assertFalse(u.isActive());
    long v2 = u.getSessionVersion();
    assertTrue(v2 > v1, "deactivation ends sessions");
    u.activate();
    assertEquals(v2, u.getSessionVersion(), "reactivating does not revive old sessions");
    u.revokeSessions();
    assertTrue(u.getSessionVersion() > v2);
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
