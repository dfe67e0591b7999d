package com.orderpool.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The one producer of tenant-bound EntityManagers: one per transaction, for the tenant in context
 * when first used: from the tenant's own unit when it is busy ({@link TenantUnits}), else from the
 * application's unit bound to the tenant's schema. Switching tenant inside a transaction is
 * refused, because EclipseLink would silently keep the first tenant.
 *
 * <p>What belongs to a transaction is kept in the transaction's own registry (a map lookup), not in
 * a transaction-scoped bean: the container resolves such a bean through a naming lookup on every
 * call, and {@link #em()} is called for every query (a tenth of an API order's CPU went there). The
 * EntityManager is closed when its transaction completes. Outside a transaction there is no tenant
 * database ({@link ContextNotActiveException}).
 */
@ApplicationScoped
public class TenantDatabase {
  /** The registry key of this transaction's state. */
  private static final Object KEY = new Object();

  @Inject TenantContext tenantContext;
  @Inject TenantUnits units;
  @Inject PersistenceUnits shared;
  @Inject SchemaGate gate;

  @Resource TransactionSynchronizationRegistry registry;

  /** True once the container's resources are injected (see {@link TenancyStartup}). */
  boolean ready() {
    return registry != null;
  }

  public EntityManager em() {
    return bound().em(tenantContext.code());
  }

  /**
   * The tenant's settings as this transaction sees them: loaded on first use, with the
   * transaction's own writes applied (the load does not flush pending writes).
   */
  Map<String, String> settings(Supplier<Map<String, String>> load) {
    Bound b = bound();
    b.em(tenantContext.code());
    return b.settings(load);
  }

  /** Records a write of this transaction; a null value is a removal. */
  void settingWritten(String name, String value) {
    bound().settingWritten(name, value);
  }

  /** The tenant this transaction is bound to. */
  public String tenantCode() {
    Bound b = bound();
    b.em(tenantContext.code());
    return b.tenant;
  }

  /** This transaction's state, made (and closed with the transaction) on first use. */
  private Bound bound() {
    if (registry.getTransactionKey() == null) {
      throw new ContextNotActiveException("no transaction: no tenant database");
    }
    Bound b = (Bound) registry.getResource(KEY);
    if (b == null) {
      int status = registry.getTransactionStatus();
      if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
        throw new ContextNotActiveException("transaction ending: no tenant database");
      }
      b = new Bound();
      registry.putResource(KEY, b);
      registry.registerInterposedSynchronization(b);
    }
    return b;
  }

  private EntityManager open(String code) {
    return units
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
  }

  /** One transaction's EntityManager, tenant and settings. */
  private final class Bound implements Synchronization {
    private EntityManager em;
    private String tenant;
    private Map<String, String> settings;
    private Map<String, String> settingWrites;

    EntityManager em(String code) {
      if (em == null) {
        // a schema behind this build is migrated before its first use here
        gate.ensure(code);
        em = open(code);
        em.joinTransaction();
        tenant = code;
      } else if (!tenant.equals(code)) {
        throw new IllegalStateException(
            "tenant changed inside a transaction: " + tenant + " -> " + code);
      }
      return em;
    }

    Map<String, String> settings(Supplier<Map<String, String>> load) {
      if (settings == null) {
        settings = load.get();
        if (settingWrites != null) {
          settingWrites.forEach(this::settingWritten);
          settingWrites = null;
        }
      }
      return settings;
    }

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

    @Override
    public void beforeCompletion() {
      // the EntityManager flushes as the transaction commits; nothing to do here
    }

    @Override
    public void afterCompletion(int status) {
      if (em != null && em.isOpen()) {
        em.close();
      }
    }
  }
}
