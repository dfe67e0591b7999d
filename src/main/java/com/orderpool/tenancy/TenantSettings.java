package com.orderpool.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the current tenant's settings; callers run inside a transaction. The first read
 * of a transaction loads all of the tenant's settings in one query (an API order reads five), and
 * writes through this class keep that copy current.
 */
@ApplicationScoped
public class TenantSettings {
  @Inject TenantDatabase db;

  public Optional<String> get(String name) {
    return Optional.ofNullable(db.settings(this::load).get(name));
  }

  public void put(String name, String value) {
    TenantSetting s = db.em().find(TenantSetting.class, name);
    if (s == null) {
      db.em().persist(new TenantSetting(name, value));
    } else {
      s.setValue(value);
    }
    db.settingWritten(name, value);
  }

  public void putAll(Map<String, String> settings) {
    settings.forEach(this::put);
  }

  /** Removes a setting; reads answer empty from now on. */
  public void remove(String name) {
    TenantSetting s = db.em().find(TenantSetting.class, name);
    if (s != null) {
      db.em().remove(s);
    }
    db.settingWritten(name, null);
  }

  private Map<String, String> load() {
    Map<String, String> all = new HashMap<>();
    db.em()
        .createQuery("SELECT s FROM TenantSetting s", TenantSetting.class)
        .setFlushMode(FlushModeType.COMMIT) // the transaction's pending writes are not flushed
        .getResultList()
        .forEach(s -> all.put(s.getName(), s.getValue()));
    return all;
  }
}
