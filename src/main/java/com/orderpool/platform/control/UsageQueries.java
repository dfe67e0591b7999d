package com.orderpool.platform.control;

import com.orderpool.platform.entity.Tenant;
import com.orderpool.tenancy.SchemaMigrator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform-schema side of the usage figures: the tenants, their accounts, and the size of each
 * tenant schema as {@code information_schema} reports it (InnoDB's estimate of data and index
 * pages, refreshed by the database's statistics, not on every insert). The schema name is a bound
 * parameter, never part of the SQL.
 */
@Stateless
public class UsageQueries {
  @PersistenceContext EntityManager em;
  @Inject SchemaMigrator schemas;

  /** A tenant's accounts: how many are active, and the latest sign-in of any of them. */
  public record Accounts(long active, Instant lastSignIn) {
    public static final Accounts NONE = new Accounts(0, null);
  }

  /** Every tenant, by code. */
  public List<Tenant> tenants() {
    return em.createQuery("SELECT t FROM Tenant t ORDER BY t.code", Tenant.class).getResultList();
  }

  /**
   * The accounts of every tenant that has one, by tenant id. The latest sign-in is read as the
   * attribute itself (a MAX of a converted attribute would skip the converter's input type).
   */
  public Map<Long, Accounts> accounts() {
    Map<Long, Long> active = new HashMap<>();
    em.createQuery(
            "SELECT u.tenant.id, COUNT(u) FROM UserAccount u"
                + " WHERE u.tenant IS NOT NULL AND u.active = TRUE GROUP BY u.tenant.id",
            Object[].class)
        .getResultList()
        .forEach(r -> active.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    Map<Long, Instant> signIn = new HashMap<>();
    em.createQuery(
            "SELECT u.tenant.id, u.lastLoginAt FROM UserAccount u WHERE u.tenant IS NOT NULL"
                + " AND u.lastLoginAt = (SELECT MAX(v.lastLoginAt) FROM UserAccount v"
                + " WHERE v.tenant = u.tenant)",
            Object[].class)
        .getResultList()
        .forEach(r -> signIn.put(((Number) r[0]).longValue(), (Instant) r[1]));
    Map<Long, Accounts> byTenant = new HashMap<>();
    active.forEach((id, n) -> byTenant.put(id, new Accounts(n, signIn.get(id))));
    signIn.forEach((id, at) -> byTenant.putIfAbsent(id, new Accounts(0, at)));
    return byTenant;
  }

  /**
   * The bytes of the tenant schema's tables (data and indexes), on whichever database server holds
   * it; 0 when it has none.
   */
  public long schemaBytes(String tenantCode) {
    return schemas.schemaBytes(tenantCode);
  }
}
