package com.orderpool.platform.control;

import com.orderpool.orders.control.OrderNumbering;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.tenancy.TenantSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Seeds a freshly migrated tenant schema with its settings and number series, in one transaction.
 */
@Stateless
public class TenantSeeder {
  @Inject TenantSettings settings;
  @Inject OrderNumbering numbering;
  @Inject StatusCatalog statuses;

  public void seed(Map<String, String> tenantSettings, long numberStart) {
    settings.putAll(tenantSettings);
    numbering.initialize(numberStart);
    statuses.ensureDefaults();
  }

  /** Brings an existing tenant's data up to what this version expects (after its migration). */
  public void upgrade(Map<String, String> defaultSettings) {
    defaultSettings.forEach(
        (name, value) -> {
          if (settings.get(name).isEmpty()) {
            settings.put(name, value);
          }
        });
    statuses.ensureDefaults();
  }
}
