package com.orderpool.platform.control;

import com.orderpool.orders.control.DefaultStatuses;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantUpgrade;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The default settings pack as a tenant data upgrade: an existing tenant gets each {@code _default}
 * setting it lacks and the default statuses ({@link TenantSeeder#upgrade}). Its version is a digest
 * of the pack's settings and statuses, so a tenant is upgraded again only when the pack changed.
 */
@ApplicationScoped
public class SettingsPackUpgrade implements TenantUpgrade {
  @Inject TenantRunner runner;
  @Inject TenantSeeder seeder;

  private Map<String, String> defaults;
  private String version;

  @PostConstruct
  void read() {
    ClassLoader loader = getClass().getClassLoader();
    defaults = TenantPack.defaultSettings(loader);
    version = fingerprint(defaults, resource(loader, DefaultStatuses.RESOURCE));
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public void upgrade(String tenantCode) {
    runner.run(tenantCode, () -> seeder.upgrade(defaults));
  }

  /** A digest of the settings (in their order) and the statuses file, as 32 hex digits. */
  static String fingerprint(Map<String, String> settings, byte[] statuses) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      settings.forEach(
          (k, v) -> {
            sha.update(k.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '=');
            sha.update(v.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
          });
      sha.update((byte) 0);
      sha.update(statuses);
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] resource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
