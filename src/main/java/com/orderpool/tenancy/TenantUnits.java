package com.orderpool.tenancy;

import com.orderpool.core.Config;
import com.orderpool.core.Foreground;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A persistence unit of its own for each <em>busy</em> tenant schema, made from the container's
 * unit (its classes, data source, transactions and settings) with the tenant's schema fixed.
 * EclipseLink then prepares the tenant's table mappings once, instead of cloning and initialising
 * every mapping for each transaction as it does when one unit serves all schemas (a third of an API
 * order's CPU).
 *
 * <p>A tenant is busy from {@code orderpool.tenant-units.busy-per-minute} transactions within a
 * minute (default 120: far above the background relays' sweeps), where a transaction that answers a
 * request (a page, an API call: {@link Foreground}) counts {@value #FOREGROUND_WEIGHT}: twelve such
 * in a minute, an API client's first orders or a person at work, make a tenant busy. Other tenants
 * share the application's unit, so a node serving thousands of tenants, or starting up and sweeping
 * them all, does not make (and hold) thousands of units. The unit is made in the background (about
 * 0.1 s of work): meanwhile the tenant's transactions go on in the shared unit, so no request waits
 * for it. A unit not busy for {@code orderpool.tenant-units.idle-minutes} (default 10) is closed by
 * {@link TenantUnitSweeper}. No unit keeps a shared cache: every read goes to the database, as
 * before, so two units of one tenant, or nodes of a cluster, never see stale rows.
 */
@ApplicationScoped
public class TenantUnits {
  private static final Logger LOG = Logger.getLogger(TenantUnits.class.getName());
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();

  /** How much more a transaction answering a request counts than background work. */
  public static final int FOREGROUND_WEIGHT = 10;

  @Inject PersistenceUnits units;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  private final Map<String, Held> bySchema = new ConcurrentHashMap<>();
  private final Map<String, Activity> activity = new ConcurrentHashMap<>();
  private final Set<String> making = ConcurrentHashMap.newKeySet();

  /** Schemas whose unit could not be made, until when not to try again (nanoTime). */
  private final Map<String, Long> failedUntil = new ConcurrentHashMap<>();

  /** Units taken out of use (their tenant moved away), closed once in-flight work is done. */
  private final Map<Held, Long> retired = new ConcurrentHashMap<>();

  private volatile int busyPerMinute;

  @PostConstruct
  void read() {
    busyPerMinute =
        Math.max(1, Integer.parseInt(Config.get("orderpool.tenant-units.busy-per-minute", "120")));
  }

  /**
   * Counts a transaction of the tenant; answers the tenant's own unit if it has one, else empty:
   * the caller uses the application's unit with the tenant's schema (and a tenant that has just
   * become busy gets its unit made in the background).
   */
  public Optional<EntityManagerFactory> forTransaction(String code) {
    String schema = TenantSchema.of(code);
    long now = System.nanoTime();
    int weight = Foreground.onThisThread() ? FOREGROUND_WEIGHT : 1;
    boolean busy =
        activity.computeIfAbsent(schema, s -> new Activity()).count(now, weight, busyPerMinute);
    Held held = bySchema.get(schema);
    if (held == null) {
      if (busy) {
        makeSoon(schema, now);
      }
      return Optional.empty();
    }
    if (busy) {
      held.lastBusy = now;
    }
    return Optional.of(held.emf);
  }

  /** True once the container's resources are injected (see {@link TenancyStartup}). */
  boolean ready() {
    return dataSource != null && executor != null;
  }

  /** Transactions within a minute from which a tenant gets its own unit. */
  public int busyPerMinute() {
    return busyPerMinute;
  }

  /** Sets {@link #busyPerMinute()} on this node (tests lower it). */
  public void useBusyPerMinute(int transactions) {
    busyPerMinute = Math.max(1, transactions);
  }

  /**
   * The unit of a tenant on another database server than the default: the application's unit
   * reaches the default server only, so such a tenant always has a unit of its own, made on first
   * use (about 0.1 s) and kept while it is busy.
   */
  public EntityManagerFactory onServer(String code, String server, DataSource serverData) {
    String key = TenantSchema.of(code) + "." + server;
    Held held = bySchema.get(key);
    if (held == null) {
      synchronized (this) {
        held = bySchema.get(key);
        if (held == null) {
          held = new Held(create(TenantSchema.of(code), serverData, key));
          bySchema.put(key, held);
        }
      }
    }
    held.lastBusy = System.nanoTime();
    return held.emf;
  }

  /**
   * Forgets a tenant's units (its schema was dropped or moved to another server); the next use
   * makes a new one.
   */
  public void forget(String code) {
    String schema = TenantSchema.of(code);
    activity.remove(schema);
    failedUntil.remove(schema);
    for (String key : List.copyOf(bySchema.keySet())) {
      if (key.equals(schema) || key.startsWith(schema + ".")) {
        close(bySchema.remove(key));
      }
    }
  }

  /**
   * Takes a tenant's units out of use without closing them under transactions still running (its
   * schema moved to another server): new work makes a new unit; these close a minute later, at the
   * next sweep ({@link #closeIdle}).
   */
  public void retire(String code) {
    String schema = TenantSchema.of(code);
    activity.remove(schema);
    failedUntil.remove(schema);
    for (String key : List.copyOf(bySchema.keySet())) {
      if (key.equals(schema) || key.startsWith(schema + ".")) {
        Held held = bySchema.remove(key);
        if (held != null) {
          retired.put(held, System.nanoTime());
        }
      }
    }
  }

  /**
   * Closes the units of tenants not busy for {@code idle} (a unit holds a tenant's prepared
   * mappings): they go back to the shared unit, and a busy spell makes the unit again. A unit still
   * in use by a transaction is not closed under it: idle is far longer than a transaction.
   *
   * @return how many units were closed
   */
  public int closeIdle(Duration idle) {
    long now = System.nanoTime();
    int closed = 0;
    for (Map.Entry<Held, Long> r : retired.entrySet()) {
      if (now - r.getValue() > MINUTE && retired.remove(r.getKey()) != null) {
        close(r.getKey());
        closed++;
      }
    }
    for (Map.Entry<String, Held> e : bySchema.entrySet()) {
      if (now - e.getValue().lastBusy > idle.toNanos()
          && bySchema.remove(e.getKey(), e.getValue())) {
        close(e.getValue());
        closed++;
      }
    }
    return closed;
  }

  /** Makes a busy tenant's unit on the executor, once at a time, unless it failed a moment ago. */
  private void makeSoon(String schema, long now) {
    Long retry = failedUntil.get(schema);
    if ((retry != null && now - retry < 0) || !making.add(schema)) {
      return;
    }
    try {
      executor.execute(() -> make(schema));
    } catch (RejectedExecutionException e) {
      making.remove(schema);
    }
  }

  private void make(String schema) {
    try {
      Held made = new Held(create(schema, dataSource, schema));
      // forgotten meanwhile (the schema was dropped), or made twice: keep none or the first
      if (!activity.containsKey(schema) || bySchema.putIfAbsent(schema, made) != null) {
        close(made);
      }
      failedUntil.remove(schema);
    } catch (RuntimeException e) {
      failedUntil.put(schema, System.nanoTime() + MINUTE);
      LOG.log(Level.WARNING, "persistence unit of " + schema + " not made; shared unit kept", e);
    } finally {
      making.remove(schema);
    }
  }

  /** Whether a tenant has a unit of its own now (on any server). */
  public boolean hasOwn(String code) {
    String schema = TenantSchema.of(code);
    return bySchema.keySet().stream().anyMatch(k -> k.equals(schema) || k.startsWith(schema + "."));
  }

  /** How many tenant units are open. */
  public int open() {
    return bySchema.size();
  }

  private static void close(Held held) {
    if (held != null && held.emf.isOpen()) {
      held.emf.close();
    }
  }

  private EntityManagerFactory create(String schema, DataSource data, String name) {
    EntityManagerFactory shared = units.emf();
    List<String> classes =
        shared.getMetamodel().getManagedTypes().stream()
            .map(ManagedType::getJavaType)
            .map(Class::getName)
            .sorted()
            .toList();
    // The container wove the entity classes as it loaded them; this unit must expect the same.
    boolean woven =
        shared.getMetamodel().getEntities().stream()
            .anyMatch(e -> PersistenceWeaved.class.isAssignableFrom(e.getJavaType()));
    Map<String, Object> props = new HashMap<>(shared.getProperties());
    props.put(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, schema);
    props.put(PersistenceUnitProperties.MULTITENANT_SHARED_EMF, "false");
    props.put(PersistenceUnitProperties.SESSION_NAME, PersistenceUnits.UNIT + "-" + name);
    props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
    props.put(PersistenceUnitProperties.WEAVING, woven ? "static" : "false");
    props.put(PersistenceUnitProperties.DEPLOY_ON_STARTUP, "true");
    long start = System.nanoTime();
    EntityManagerFactory emf =
        new PersistenceProvider()
            .createContainerEntityManagerFactory(new TenantUnitInfo(name, classes, data), props);
    LOG.info(
        () ->
            "persistence unit of "
                + name
                + " ready in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
    return emf;
  }

  @PreDestroy
  void close() {
    bySchema.values().forEach(TenantUnits::close);
    bySchema.clear();
    retired.keySet().forEach(TenantUnits::close);
    retired.clear();
  }

  /** A unit and when its tenant was last busy. */
  private static final class Held {
    final EntityManagerFactory emf;
    volatile long lastBusy = System.nanoTime();

    Held(EntityManagerFactory emf) {
      this.emf = emf;
    }
  }

  /** A tenant's transactions in the current minute. */
  private static final class Activity {
    private long windowStart = System.nanoTime();
    private int count;

    synchronized boolean count(long now, int weight, int busyPerMinute) {
      if (now - windowStart > MINUTE) {
        windowStart = now;
        count = 0;
      }
      count += weight;
      return count >= busyPerMinute;
    }
  }
}
