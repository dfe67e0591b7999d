package com.orderpool.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The one producer of tenant-bound EntityManagers: one per transaction, bound to the tenant in
 * context when first used. Switching tenant inside a transaction is refused, because EclipseLink
 * would silently keep the first tenant.
 */
@TransactionScoped
public class TenantDatabase implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantContext tenantContext;
  @Inject PersistenceUnits units;

  private transient EntityManager em;
  private String boundTenant;

  public EntityManager em() {
    String code = tenantContext.code();
    if (em == null) {
      em =
          units
              .emf()
              .createEntityManager(
                  Map.of(
                      PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
                      TenantSchema.of(code)));
      em.joinTransaction();
      boundTenant = code;
    } else if (!boundTenant.equals(code)) {
      throw new IllegalStateException(
          "tenant changed inside a transaction: " + boundTenant + " -> " + code);
    }
    return em;
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
