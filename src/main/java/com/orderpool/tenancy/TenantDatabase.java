package com.orderpool.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * The one producer of tenant-bound EntityManagers: one per transaction, from the unit of the tenant
 * in context when first used ({@link TenantUnits}). Switching tenant inside a transaction is
 * refused, because EclipseLink would silently keep the first tenant.
 */
@TransactionScoped
public class TenantDatabase implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantContext tenantContext;
  @Inject TenantUnits units;

  private transient EntityManager em;
  private String boundTenant;

  public EntityManager em() {
    String code = tenantContext.code();
    if (em == null) {
      em = units.of(code).createEntityManager();
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
