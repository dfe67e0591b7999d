package com.orderpool.api.control;

import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The tenant's API settings: how many requests a minute its keys may make together ({@code
 * api.rate-limit-per-minute}, 600 by default; bursts up to that many are allowed).
 */
@ApplicationScoped
public class ApiSettings {
  public static final String RATE_LIMIT = "api.rate-limit-per-minute";
  public static final int DEFAULT_RATE_LIMIT = 600;

  @Inject TenantSettings settings;

  public int rateLimitPerMinute() {
    try {
      return settings
          .get(RATE_LIMIT)
          .map(v -> Math.max(1, Integer.parseInt(v.strip())))
          .orElse(DEFAULT_RATE_LIMIT);
    } catch (NumberFormatException e) {
      return DEFAULT_RATE_LIMIT;
    }
  }

  public void setRateLimitPerMinute(int limit) {
    settings.put(RATE_LIMIT, String.valueOf(Math.max(1, limit)));
  }
}
