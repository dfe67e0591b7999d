package com.orderpool.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the current tenant's settings; callers run inside a transaction. */
@ApplicationScoped
public class TenantSettings {
  @Inject TenantDatabase db;

  public Optional<String> get(String name) {
    return Optional.ofNullable(db.em().find(TenantSetting.class, name))
        .map(TenantSetting::getValue);
  }

  public void put(String name, String value) {
    TenantSetting s = db.em().find(TenantSetting.class, name);
    if (s == null) {
      db.em().persist(new TenantSetting(name, value));
    } else {
      s.setValue(value);
    }
  }

  public void putAll(Map<String, String> settings) {
    settings.forEach(this::put);
  }
}
