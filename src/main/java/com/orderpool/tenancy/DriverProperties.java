package com.orderpool.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Connector/J properties every pool of the application uses: the container's pool of the
 * default server ({@link PersistenceUnits}, which must repeat them in its annotation; a test keeps
 * the two equal) and the pools of further servers ({@link ServerPool}).
 */
public final class DriverProperties {
  private DriverProperties() {}

  /** Property names and values, in the order of the annotation. */
  public static Map<String, String> all() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("cachePrepStmts", "true");
    p.put("prepStmtCacheSize", "500");
    p.put("prepStmtCacheSqlLimit", "4096");
    p.put("useLocalSessionState", "true");
    p.put("cacheServerConfiguration", "true");
    p.put("maintainTimeStats", "false");
    // see PersistenceUnits: without it every unclosed insert statement stayed on its connection
    p.put("dontTrackOpenResources", "true");
    return p;
  }
}
