package com.orderpool.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShardPlacementTest {
  @Test
  void aNewTenantGoesToTheServerWithTheFewestTenants() {
    assertEquals(
        "second",
        ShardPlacement.emptiest(List.of("main", "second"), Map.of("main", 12, "second", 3)));
    assertEquals(
        "main", ShardPlacement.emptiest(List.of("main", "second"), Map.of("main", 2, "second", 3)));
  }

  @Test
  void aServerWithoutTenantsCountsAsEmptyAndATieGoesToTheFirstConfigured() {
    assertEquals(
        "third",
        ShardPlacement.emptiest(
            List.of("main", "second", "third"), Map.of("main", 1, "second", 1)));
    assertEquals(
        "main", ShardPlacement.emptiest(List.of("main", "second"), Map.of("main", 4, "second", 4)));
  }

  @Test
  void noCandidateIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> ShardPlacement.emptiest(List.of(), Map.of()));
  }

  @Test
  void serverNamesComeFromTheListWithTheDefaultFirst() {
    assertEquals(List.of("main"), ServerConfig.names(null));
    assertEquals(List.of("main", "second", "eu-2"), ServerConfig.names(" second,main, EU-2 ,"));
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.names("main,bad name"));
  }

  @Test
  void theDefaultServerIsTodaysSettingsAndOthersAreNamed() {
    Map<String, String> cfg =
        Map.of(
            "orderpool.db.url", "jdbc:mysql://a/x",
            "orderpool.db.server.second.url", "jdbc:mysql://b/x",
            "orderpool.db.server.second.user", "u",
            "orderpool.db.server.second.password", "secret",
            "orderpool.db.server.second.placement", "manual");
    ServerConfig main = ServerConfig.read("main", k -> Optional.ofNullable(cfg.get(k)));
    ServerConfig second = ServerConfig.read("second", k -> Optional.ofNullable(cfg.get(k)));
    assertEquals("jdbc:mysql://a/x", main.url());
    assertEquals(true, main.automatic());
    assertEquals("jdbc:mysql://b/x", second.url());
    assertEquals("u", second.user());
    assertEquals(false, second.automatic());
    assertEquals(false, second.toString().contains("secret"), "no password in logs");
    assertThrows(
        IllegalStateException.class,
        () -> ServerConfig.read("third", k -> Optional.ofNullable(cfg.get(k))));
  }
}
