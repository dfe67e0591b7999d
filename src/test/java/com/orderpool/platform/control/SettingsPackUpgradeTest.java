package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsPackUpgradeTest {
  private static final byte[] STATUSES =
      "code,phase\nreceived,IN_PRODUCTION\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void theVersionChangesWithTheSettingsOrTheStatusesOnly() {
    Map<String, String> settings = new LinkedHashMap<>(Map.of("vat.rate", "21.00"));
    String v = SettingsPackUpgrade.fingerprint(settings, STATUSES);
    assertEquals(32, v.length());
    assertEquals(v, SettingsPackUpgrade.fingerprint(new LinkedHashMap<>(settings), STATUSES));
    settings.put("locale", "en");
    assertNotEquals(v, SettingsPackUpgrade.fingerprint(settings, STATUSES));
    assertNotEquals(
        v,
        SettingsPackUpgrade.fingerprint(
            Map.of("vat.rate", "21.00"), "x".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theShippedPackHasAVersion() {
    SettingsPackUpgrade u = new SettingsPackUpgrade();
    u.read();
    assertEquals(32, u.version().length());
  }
}
