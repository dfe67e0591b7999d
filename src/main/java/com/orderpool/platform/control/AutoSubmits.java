package com.orderpool.platform.control;

import com.orderpool.platform.entity.AutoSubmit;
import com.orderpool.platform.entity.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which tenants submit paid orders to partners automatically, and after how long, in the platform
 * schema: the countdown timer visits only these tenants.
 */
@Stateless
public class AutoSubmits {
  @PersistenceContext EntityManager em;
  @Inject PlatformStore store;
  @Inject Clock clock;

  /** How long after payment orders go to partners, for orders paid since {@code since}. */
  public record Setting(Duration after, Instant since) {}

  /** The tenant's setting; empty when orders go to partners only by hand. */
  public Optional<Setting> of(String tenantCode) {
    // from the database, not the shared cache: a change made on another node counts at once
    return Optional.ofNullable(
            em.find(AutoSubmit.class, tenantCode, Map.of("eclipselink.refresh", Boolean.TRUE)))
        .map(a -> new Setting(Duration.ofMinutes(a.getAfterMinutes()), a.getSetAt()));
  }

  /** Submits automatically after {@code minutes} (0: only by hand). */
  public void set(String tenantCode, int minutes, String by) {
    store.requireTenant(tenantCode);
    AutoSubmit a = em.find(AutoSubmit.class, tenantCode);
    if (minutes <= 0) {
      if (a != null) {
        em.remove(a);
      }
      return;
    }
    if (a == null) {
      a = new AutoSubmit(tenantCode);
      a.set(minutes, by, clock.instant());
      em.persist(a);
    } else {
      a.set(minutes, by, clock.instant());
    }
  }

  /** The active tenants that submit automatically. */
  public List<String> tenants() {
    return em.createQuery(
            "SELECT a.tenantCode FROM AutoSubmit a, Tenant t WHERE t.code = a.tenantCode"
                + " AND t.status = :active ORDER BY a.tenantCode",
            String.class)
        .setParameter("active", TenantStatus.ACTIVE)
        .getResultList();
  }
}
