package com.orderpool.platform.boundary;

import static com.orderpool.tenancy.Roles.PLATFORM_ADMIN;

import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.platform.control.TenantProvisioner;
import com.orderpool.platform.entity.Tenant;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.SchemaMigrator;
import com.orderpool.tenancy.ShardMap;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What platform admins do: provision, list, suspend and reactivate tenants. Suspending ends the
 * sessions of the tenant's users for good: they sign in again after a reactivation.
 */
@Allow(PLATFORM_ADMIN)
@Stateless
public class PlatformConsole {
  private static final String SEARCH = " WHERE (LOWER(t.code) LIKE :p OR LOWER(t.name) LIKE :p)";

  @PersistenceContext EntityManager em;
  @Inject TenantProvisioner provisioner;
  @Inject PlatformStore store;
  @Inject TenantDirectory directory;
  @Inject TenantContext tenantContext;
  @Inject OrderService orders;
  @Inject Clock clock;
  @Inject ShardMap shards;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ProvisionResult provision(@NotNull @Valid ProvisionRequest request) {
    return provisioner.provision(request, SchemaMigrator.TENANT_MIGRATIONS);
  }

  public long countTenants(String search) {
    PageRequest p = new PageRequest(0, 1, null, false, search);
    return em.createQuery("SELECT COUNT(t) FROM Tenant t" + SEARCH, Long.class)
        .setParameter("p", p.likePattern() == null ? "%" : p.likePattern())
        .getSingleResult();
  }

  /** A page of tenants with user and order counts (order counts come from each tenant's schema). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<TenantRow> tenants(@NotNull PageRequest page) {
    List<Tenant> tenants =
        em.createQuery("SELECT t FROM Tenant t" + SEARCH + " ORDER BY t.code", Tenant.class)
            .setParameter("p", page.likePattern() == null ? "%" : page.likePattern())
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Map<Long, Long> users = new HashMap<>();
    if (!tenants.isEmpty()) {
      em.createQuery(
              "SELECT u.tenant.id, COUNT(u) FROM UserAccount u WHERE u.tenant IN :ts"
                  + " GROUP BY u.tenant.id",
              Object[].class)
          .setParameter("ts", tenants)
          .getResultList()
          .forEach(r -> users.put((Long) r[0], (Long) r[1]));
    }
    return tenants.stream()
        .map(
            t ->
                new TenantRow(
                    t.getCode(),
                    t.getName(),
                    t.getStatus(),
                    t.getLocale(),
                    t.getCurrency(),
                    t.getCreatedAt(),
                    users.getOrDefault(t.getId(), 0L),
                    tenantContext.runAs(t.getCode(), () -> orders.total()),
                    shards.of(t.getCode()).server()))
        .toList();
  }

  public void suspend(@NotNull String code) {
    Tenant t = store.requireTenant(code);
    t.suspend(clock.instant());
    store.revokeSessions(t);
    directory.forget(code);
  }

  public void reactivate(@NotNull String code) {
    Tenant t = store.requireTenant(code);
    t.reactivate(clock.instant());
    directory.forget(code);
  }
}
