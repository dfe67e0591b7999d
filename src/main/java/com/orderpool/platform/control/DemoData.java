package com.orderpool.platform.control;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Demo tenants and the demo password belong to the embedded database only. The embedded launcher
 * names the database it started ({@value #EMBEDDED_URL}); demo packs are seeded only when the app
 * really uses that database on this machine, so a server pointed at another database (such as
 * {@code ORDERPOOL_DB_URL}) never gets demo accounts, whatever else is configured.
 */
public final class DemoData {
  /** Set by the embedded launcher to the JDBC URL of the database it started. */
  public static final String EMBEDDED_URL = "orderpool.db.embedded-url";

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private DemoData() {}

  /** True when the database in use is the embedded one the launcher started. */
  public static boolean allowed(String dbUrl, String embeddedUrl) {
    if (dbUrl == null || embeddedUrl == null || dbUrl.isBlank()) {
      return false;
    }
    return dbUrl.strip().equals(embeddedUrl.strip()) && isLoopback(dbUrl.strip());
  }

  /** The demo packs to seed: those named in the setting, and none unless {@link #allowed}. */
  public static List<String> packs(String packsSetting, String dbUrl, String embeddedUrl) {
    if (packsSetting == null || !allowed(dbUrl, embeddedUrl)) {
      return List.of();
    }
    return Arrays.stream(packsSetting.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static boolean isLoopback(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:")) {
      return false;
    }
    try {
      String host = URI.create(jdbcUrl.substring("jdbc:".length())).getHost();
      return host != null && LOOPBACK.contains(host.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
