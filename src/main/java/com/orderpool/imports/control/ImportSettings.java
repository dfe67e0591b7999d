package com.orderpool.imports.control;

import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The tenant's import settings: the largest file accepted ({@code imports.max-mb}, 20 MB by
 * default, at most 200).
 */
@ApplicationScoped
public class ImportSettings {
  public static final String MAX_MB = "imports.max-mb";
  public static final int DEFAULT_MAX_MB = 20;
  static final int CEILING_MB = 200;

  @Inject TenantSettings settings;

  public int maxMegabytes() {
    try {
      return settings
          .get(MAX_MB)
          .map(v -> Math.max(1, Math.min(CEILING_MB, Integer.parseInt(v.strip()))))
          .orElse(DEFAULT_MAX_MB);
    } catch (NumberFormatException e) {
      return DEFAULT_MAX_MB;
    }
  }

  public long maxBytes() {
    return maxMegabytes() * 1024L * 1024L;
  }

  public void setMaxMegabytes(int mb) {
    settings.put(MAX_MB, String.valueOf(Math.max(1, Math.min(CEILING_MB, mb))));
  }
}
