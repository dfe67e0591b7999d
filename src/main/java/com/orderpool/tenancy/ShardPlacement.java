package com.orderpool.tenancy;

import java.util.List;
import java.util.Map;

/** Where a new tenant goes: the server with the fewest tenants; on a tie, the first configured. */
public final class ShardPlacement {
  private ShardPlacement() {}

  /**
   * @param candidates servers open to new tenants, in configuration order (not empty)
   * @param tenants how many tenants each server holds (a missing server holds none)
   */
  public static String emptiest(List<String> candidates, Map<String, Integer> tenants) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no database server takes new tenants");
    }
    String best = null;
    int fewest = Integer.MAX_VALUE;
    for (String server : candidates) {
      int n = tenants.getOrDefault(server, 0);
      if (n < fewest) {
        fewest = n;
        best = server;
      }
    }
    return best;
  }
}
