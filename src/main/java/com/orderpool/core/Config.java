package com.orderpool.core;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads configuration from MicroProfile Config (system properties, then environment variables such
 * as {@code ORDERPOOL_DB_URL} for {@code orderpool.db.url}, then defaults).
 */
public final class Config {
  private Config() {}

  public static Optional<String> get(String key) {
    return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(v -> !v.isBlank());
  }

  public static String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }
}
