package com.orderpool.platform.control;

import com.orderpool.platform.entity.FileWatch;
import com.orderpool.platform.entity.TenantStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tenants' expectations of an order file every N hours, in the platform schema. Finding the overdue
 * ones is one indexed query however many tenants there are; an alarm is claimed with a conditional
 * update, so on a cluster one node sends it.
 */
@Stateless
public class FileWatches {
  /** The longest expectation: a week. */
  public static final int MAX_HOURS = FileWatch.MAX_HOURS;

  /** A tenant's expectation as others read it. */
  public record Watch(
      String tenantCode,
      int everyHours,
      Instant dueAt,
      Instant lastFileAt,
      Instant alarmedAt,
      Instant setAt)
      implements Serializable {
    /** True when the file is late at {@code now}. */
    public boolean isOverdue(Instant now) {
      return !dueAt.isAfter(now);
    }

    static Watch of(FileWatch w) {
      return new Watch(
          w.getTenantCode(),
          w.getEveryHours(),
          w.getDueAt(),
          w.getLastFileAt(),
          w.getAlarmedAt(),
          w.getSetAt());
    }
  }

  @PersistenceContext EntityManager em;
  @Inject PlatformStore store;
  @Inject Clock clock;

  /** The tenant's expectation, as the database has it now. */
  public Optional<Watch> of(String tenantCode) {
    return find(tenantCode).map(Watch::of);
  }

  private Optional<FileWatch> find(String tenantCode) {
    return Optional.ofNullable(
        em.find(FileWatch.class, tenantCode, Map.of("eclipselink.refresh", Boolean.TRUE)));
  }

  /** Expects a file every {@code hours} hours from now on (or from the last file, if recent). */
  public Watch expect(String tenantCode, int hours, Instant lastFile, String by) {
    store.requireTenant(tenantCode);
    FileWatch watch = find(tenantCode).orElse(null);
    if (watch == null) {
      watch = new FileWatch(tenantCode);
      watch.expect(hours, lastFile, by, clock.instant());
      em.persist(watch);
    } else {
      watch.expect(hours, lastFile, by, clock.instant());
    }
    em.flush();
    return Watch.of(watch);
  }

  /** No more expectation: no more alarms. */
  public void stop(String tenantCode) {
    find(tenantCode).ifPresent(em::remove);
    em.flush();
  }

  /** A file came: the next one is due a period later, and a raised alarm is over. */
  public void arrived(String tenantCode, Instant at) {
    find(tenantCode).ifPresent(w -> w.arrived(at));
  }

  /** Active tenants whose file is overdue at {@code now} and whose admins were not yet told. */
  public List<String> overdue(Instant now, int max) {
    return em.createQuery(
            "SELECT w.tenantCode FROM FileWatch w, Tenant t WHERE t.code = w.tenantCode"
                + " AND t.status = :active AND w.alarmedAt IS NULL AND w.dueAt <= :now"
                + " ORDER BY w.dueAt",
            String.class)
        .setParameter("active", TenantStatus.ACTIVE)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** Takes the alarm of an overdue tenant; false when another node took it or a file came. */
  public boolean claimAlarm(String tenantCode, Instant now) {
    return em.createQuery(
                "UPDATE FileWatch w SET w.alarmedAt = :now WHERE w.tenantCode = :t"
                    + " AND w.alarmedAt IS NULL AND w.dueAt <= :now")
            .setParameter("now", now)
            .setParameter("t", tenantCode)
            .executeUpdate()
        == 1;
  }
}
