package com.orderpool.core;

import java.time.Duration;
import java.util.Locale;
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

  /**
   * A duration written {@code <n>s}, {@code <n>m} or {@code <n>h} (e.g. {@code 30s}); the default
   * when unset, and never below {@code floor}.
   *
   * @throws IllegalArgumentException for a value in another form
   */
  public static Duration duration(String key, Duration defaultValue, Duration floor) {
    return duration(get(key).orElse(null), defaultValue, floor, key);
  }

  /** As {@link #duration(String, Duration, Duration)}, for a value already read. */
  static Duration duration(String value, Duration defaultValue, Duration floor, String key) {
    if (value == null) {
      return defaultValue;
    }
    Duration d;
    try {
      d = Duration.parse("PT" + value.strip().toUpperCase(Locale.ROOT));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          key + ": expected a duration such as 30s, 5m or 1h, not '" + value + "'", e);
    }
    return d.compareTo(floor) < 0 ? floor : d;
  }
}
