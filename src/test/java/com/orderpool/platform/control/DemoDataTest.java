package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest {
  private static final String EMBEDDED =
      "jdbc:mysql://localhost:3307/orderpool_platform?createDatabaseIfNotExist=true";

  @Test
  void theEmbeddedDatabaseGetsTheDemoPacks() {
    assertTrue(DemoData.allowed(EMBEDDED, EMBEDDED));
    assertEquals(List.of("bfg", "acm"), DemoData.packs(" bfg, ,acm ", EMBEDDED, EMBEDDED));
  }

  @Test
  void anotherDatabaseNeverDoes() {
    String external = "jdbc:mysql://db.internal:3306/orderpool_platform";
    assertFalse(DemoData.allowed(external, null), "no launcher named an embedded database");
    assertFalse(DemoData.allowed(external, EMBEDDED), "ORDERPOOL_DB_URL points elsewhere");
    assertFalse(DemoData.allowed(external, external), "a marker naming a remote server");
    assertFalse(DemoData.allowed(EMBEDDED, null));
    assertFalse(DemoData.allowed(EMBEDDED, ""));
    assertFalse(DemoData.allowed(null, EMBEDDED));
    assertEquals(List.of(), DemoData.packs("bfg,acm", external, EMBEDDED));
    assertEquals(List.of(), DemoData.packs("bfg,acm", EMBEDDED, null));
  }

  @Test
  void noPacksNamedMeansNone() {
    assertEquals(List.of(), DemoData.packs("", EMBEDDED, EMBEDDED));
    assertEquals(List.of(), DemoData.packs(null, EMBEDDED, EMBEDDED));
  }
}
