package com.orderpool.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageAccessTest {
  @Test
  void foldersBelongToRoles() {
    assertEquals(
        Set.of("PLATFORM_ADMIN"),
        PageAccess.ruleFor("/platform/tenants.xhtml").orElseThrow().roles());
    assertEquals(
        Set.of("TENANT_ADMIN"), PageAccess.ruleFor("/users/users.xhtml").orElseThrow().roles());
    assertTrue(PageAccess.ruleFor("/orders/pool.xhtml").orElseThrow().roles().contains("STAFF"));
    assertTrue(PageAccess.ruleFor("/login.xhtml").isEmpty());
    assertEquals(
        Set.of("TENANT_ADMIN"),
        PageAccess.ruleFor("/settings/documents.xhtml").orElseThrow().roles(),
        "branding and document designs are for tenant admins");
    assertEquals(
        Set.of("TENANT_ADMIN", "STAFF", "ACCOUNTANT"),
        PageAccess.ruleFor("/files/attachments/7/thumb").orElseThrow().roles(),
        "attachment files are for tenant users only");
    assertEquals(
        Set.of("TENANT_ADMIN"),
        PageAccess.ruleFor("/users").orElseThrow().roles(),
        "the folder itself too");
    assertTrue(PageAccess.ruleFor("/usersettings.xhtml").isEmpty(), "a prefix is not a folder");
    assertEquals(
        Set.of("PASSWORD_CHANGE_REQUIRED"),
        PageAccess.ruleFor("/change-password.xhtml").orElseThrow().roles(),
        "only a session that must choose its password");
  }

  @Test
  void paymentSettingsAreForTenantAdminsOnly() {
    assertEquals(
        Set.of("TENANT_ADMIN"),
        PageAccess.ruleFor("/settings/payments.xhtml").orElseThrow().roles());
    assertTrue(
        PageAccess.ruleFor("/api/v1/payments/callback/stripe").isEmpty(),
        "API calls authenticate themselves (the callback by its signature)");
  }

  @Test
  void everySpellingOfAPathIsTheSamePath() {
    Optional<String> users = Optional.of("/users/users.xhtml");
    assertEquals(users, PageAccess.normalise("/users/users.xhtml", null));
    assertEquals(users, PageAccess.normalise("//users/users.xhtml", null));
    assertEquals(users, PageAccess.normalise("/./users/./users.xhtml", null));
    assertEquals(users, PageAccess.normalise("/users;jsessionid=x/users.xhtml", null));
    assertEquals(users, PageAccess.normalise("/users/users.xhtml;jsessionid=x", null));
    assertEquals(users, PageAccess.normalise("/USERS/Users.xhtml", null));
    assertEquals(users, PageAccess.normalise("/orders/../users/users.xhtml", null));
    assertEquals(users, PageAccess.normalise("/users/users.xhtml/", null));
    assertEquals(users, PageAccess.normalise("/users", "/users.xhtml"));
    assertEquals(users, PageAccess.normalise("\\users\\users.xhtml", null));
    assertEquals(Optional.empty(), PageAccess.normalise("/../users/users.xhtml", null));
    assertEquals(Optional.of("/"), PageAccess.normalise("", null));
  }
}
