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
  @Inject ShardMap shards;
  @Inject DbServers servers;
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

  /**
   * Refuses at once when the tenant in context is read-only for a moment (its schema is being
   * moved), for work that would write outside the tenant's transaction first (an API claim).
   */
  public void assertWritable() {
    if (!shards.of(tenantContext.code()).writable()) {
      throw new TenantReadOnlyException();
    }
  }

  /**
   * Refuses, as a boundary call returns inside its transaction, the writes of a tenant that is
   * read-only now ({@link AccessRule}), so the caller gets {@link TenantReadOnlyException} itself
   * rather than a failed commit. The commit checks again.
   */
  public void checkWrites() {
    if (registry.getTransactionKey() == null
        || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    Bound b = (Bound) registry.getResource(KEY);
    if (b != null) {
      b.check();
    }
  }

  /**
   * The shard map's epoch of the tenant this transaction is bound to: it goes up when the tenant
   * moves, and work of an earlier epoch can no longer commit.
   */
  public long shardEpoch() {
    Bound b = bound();
    b.em(tenantContext.code());
    return b.shard.epoch();
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

  private EntityManager open(String code, Shard shard) {
    if (!ServerConfig.DEFAULT.equals(shard.server())) {
      return units
          .onServer(code, shard.server(), servers.dataSource(shard.server()))
          .createEntityManager();
    }
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
    private Shard shard;
    private Map<String, String> settings;
    private Map<String, String> settingWrites;

    EntityManager em(String code) {
      if (em == null) {
        shard = shards.of(code);
        // a schema behind this build is migrated (on its server) before its first use here
        gate.ensure(code);
        em = open(code, shard);
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

    /**
     * Refuses the commit of a write while the tenant is read-only, or after the shard map moved it
     * since this transaction began (the write would land on the old server). On another server than
     * the default, the EntityManager flushes here, before that server's connection commits ({@link
     * ServerPool}).
     */
    @Override
    public void beforeCompletion() {
      if (em == null || !em.isOpen() || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
        return;
      }
      if (!ServerConfig.DEFAULT.equals(shard.server())) {
        em.flush();
      }
      check();
    }

    /** Throws when this transaction wrote and the tenant may not take its writes now. */
    void check() {
      if (em == null || !em.isOpen()) {
        return;
      }
      Shard now = shards.of(tenant);
      if ((!now.writable() || now.epoch() != shard.epoch()) && WriteCheck.wrote(em)) {
        throw new TenantReadOnlyException();
      }
    }

    @Override
    public void afterCompletion(int status) {
      if (em != null && em.isOpen()) {
        em.close();
      }
    }
  }
}
