package com.orderpool.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.orderpool.orders.control.OnAccount;
import com.orderpool.orders.control.OrderSettingsValues;
import com.orderpool.tenancy.TenantProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The defaults in the typed settings classes are the ones every new tenant gets from {@code
 * tenants/_default/tenant.properties}, so a tenant whose setting is missing behaves like a fresh
 * one; and every setting of that file has a typed home.
 */
class DefaultSettingsTest {
  private static final String PACK = "tenants/_default/tenant.properties";

  /** The pack's {@code setting.*} entries by setting name, read from the build's resource. */
  private static Map<String, String> pack() throws IOException {
    try (InputStream in = DefaultSettingsTest.class.getClassLoader().getResourceAsStream(PACK)) {
      assertNotNull(in, PACK + " is packaged as a resource");
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> settings = new TreeMap<>();
      p.stringPropertyNames().stream()
          .filter(k -> k.startsWith("setting."))
          .forEach(k -> settings.put(k.substring("setting.".length()), p.getProperty(k).strip()));
      return settings;
    }
  }

  /** Each typed default, as the pack would spell it, by setting name. */
  private static Map<String, String> typedDefaults() {
    return Map.of(
        OrderSettingsValues.NUMBER_START,
        Long.toString(OrderSettingsValues.DEFAULT_NUMBER_START),
        OrderSettingsValues.VAT_RATE,
        OrderSettingsValues.DEFAULT_VAT_RATE.toPlainString(),
        OrderSettingsValues.CANCEL_WINDOW_HOURS,
        Integer.toString(OrderSettingsValues.DEFAULT_CANCEL_WINDOW_HOURS),
        OrderSettingsValues.POINT_OF_NO_RETURN,
        OrderSettingsValues.DEFAULT_POINT_OF_NO_RETURN,
        TenantProfile.LOCALE,
        TenantProfile.DEFAULT_LOCALE,
        TenantProfile.CURRENCY,
        TenantProfile.DEFAULT_CURRENCY,
        OnAccount.SETTING,
        Boolean.toString(OnAccount.DEFAULT_SETTING));
  }

  @Test
  void typedDefaultsAreThoseOfTheDefaultPack() throws IOException {
    assertEquals(pack(), new TreeMap<>(typedDefaults()));
  }

  @Test
  void vatRateDefaultsTo21Percent() {
    assertEquals("21.00", OrderSettingsValues.DEFAULT_VAT_RATE.toPlainString());
  }

  @Test
  void provisioningReadsTheSameDefaults() throws IOException {
    assertEquals(pack(), new TreeMap<>(TenantPack.defaultSettings(getClass().getClassLoader())));
    assertEquals(
        OrderSettingsValues.DEFAULT_NUMBER_START, OrderSettingsValues.numberStart(Map.of()));
  }
}
