package com.orderpool.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationVersionsTest {
  @Test
  void newestVersionIsComparedAsNumbers() {
    assertEquals(
        Optional.of("50"),
        MigrationVersions.latest(
            List.of("V9__outbox.sql", "V50__partner_feeds.sql", "V10__x.sql", "README.md")));
    assertEquals(
        Optional.of("1.10"), MigrationVersions.latest(List.of("V1_9__a.sql", "V1_10__b.sql")));
    assertTrue(MigrationVersions.latest(List.of("R__repeatable.sql", "notes.txt")).isEmpty());
  }

  @Test
  void comparesPartByPart() {
    assertTrue(MigrationVersions.compare("1.10", "1.9") > 0);
    assertTrue(MigrationVersions.compare("9", "50") < 0);
    assertEquals(0, MigrationVersions.compare("2", "2.0"));
  }

  @Test
  void readsTheTenantMigrationsOfThisBuild() {
    Optional<String> latest =
        MigrationVersions.latestOnClassPath(getClass().getClassLoader(), "db/tenant");
    assertTrue(latest.isPresent(), "db/tenant is listed from the class path");
    assertTrue(MigrationVersions.compare(latest.get(), "50") >= 0, latest.get());
  }
}
