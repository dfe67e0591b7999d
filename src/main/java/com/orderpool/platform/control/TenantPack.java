package com.orderpool.platform.control;

import com.orderpool.orders.control.OrderSettingsValues;
import com.orderpool.platform.entity.Role;
import com.orderpool.tenancy.TenantProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A tenant pack from {@code tenants/<dir>/tenant.properties}: company details, demo users and
 * settings. {@code tenants/_default/} holds the settings every new tenant starts with; a pack's
 * {@code setting.*} keys override them.
 */
public record TenantPack(
    String code,
    String name,
    String locale,
    String currency,
    String adminEmail,
    String adminName,
    List<DemoUser> users,
    Map<String, String> settings) {

  public static final String DEFAULTS = "_default";
  public static final String NUMBER_START = OrderSettingsValues.NUMBER_START;

  /** A user a demo pack creates with the demo password. */
  public record DemoUser(String email, String name, Role role) {}

  public static TenantPack load(ClassLoader loader, String dir) {
    Properties p = read(loader, "tenants/" + dir + "/tenant.properties");
    Map<String, String> settings = new LinkedHashMap<>(defaultSettings(loader));
    p.stringPropertyNames().stream()
        .filter(k -> k.startsWith("setting."))
        .sorted()
        .forEach(k -> settings.put(k.substring("setting.".length()), p.getProperty(k).strip()));
    List<DemoUser> users = new ArrayList<>();
    for (String entry : p.getProperty("users", "").split(",")) {
      if (!entry.isBlank()) {
        String[] f = entry.strip().split(":");
        users.add(new DemoUser(f[0].strip(), f[1].strip(), Role.valueOf(f[2].strip())));
      }
    }
    return new TenantPack(
        p.getProperty("code", "").strip().toUpperCase(Locale.ROOT),
        p.getProperty("name", "").strip(),
        p.getProperty("locale", TenantProfile.DEFAULT_LOCALE).strip(),
        p.getProperty("currency", TenantProfile.DEFAULT_CURRENCY).strip(),
        p.getProperty("admin.email", "").strip(),
        p.getProperty("admin.name", "Administrator").strip(),
        List.copyOf(users),
        Map.copyOf(settings));
  }

  /** The settings every new tenant gets, from {@code tenants/_default/tenant.properties}. */
  public static Map<String, String> defaultSettings(ClassLoader loader) {
    Properties p = read(loader, "tenants/" + DEFAULTS + "/tenant.properties");
    Map<String, String> settings = new LinkedHashMap<>();
    p.stringPropertyNames().stream()
        .filter(k -> k.startsWith("setting."))
        .sorted()
        .forEach(k -> settings.put(k.substring("setting.".length()), p.getProperty(k).strip()));
    return settings;
  }

  private static Properties read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no tenant pack at " + resource);
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      return p;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
