package com.orderpool.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The one producer of tenant-bound EntityManagers: one per transaction, for the tenant in context
 * when first used: from the tenant's own unit when it is busy ({@link TenantUnits}), else from the
 * application's unit bound to the tenant's schema. Switching tenant inside a transaction is
 * refused, because EclipseLink would silently keep the first tenant.
 */
@TransactionScoped
public class TenantDatabase implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantContext tenantContext;
  @Inject TenantUnits units;
  @Inject PersistenceUnits shared;

  private transient EntityManager em;
  private String boundTenant;
  private transient Map<String, String> settings;
  private transient Map<String, String> settingWrites;

  public EntityManager em() {
    String code = tenantContext.code();
    if (em == null) {
      em =
          units
              .forTransaction(code)
              .map(EntityManagerFactory::createEntityManager)
              .orElseGet(
                  () ->
                      shared
                          .emf()
                          .createEntityManager(
                              Map.of(
                                  PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
                                  TenantSchema.of(code))));
      em.joinTransaction();
      boundTenant = code;
    } else if (!boundTenant.equals(code)) {
      throw new IllegalStateException(
          "tenant changed inside a transaction: " + boundTenant + " -> " + code);
    }
    return em;
  }

  /**
   * The tenant's settings as this transaction sees them: loaded on first use, with the
   * transaction's own writes applied (the load does not flush pending writes).
   */
  Map<String, String> settings(Supplier<Map<String, String>> load) {
    em();
    if (settings == null) {
      settings = load.get();
      if (settingWrites != null) {
        settingWrites.forEach((name, value) -> settingWritten(name, value));
        settingWrites = null;
      }
    }
    return settings;
  }

  /** Records a write of this transaction; a null value is a removal. */
  void settingWritten(String name, String value) {
    if (settings == null) {
      if (settingWrites == null) {
        settingWrites = new HashMap<>();
      }
      settingWrites.put(name, value);
    } else if (value == null) {
      settings.remove(name);
    } else {
      settings.put(name, value);
    }
  }

  /** The tenant this transaction is bound to. */
  public String tenantCode() {
    em();
    return boundTenant;
  }

  @PreDestroy
  void close() {
    if (em != null && em.isOpen()) {
      em.close();
    }
  }
}
