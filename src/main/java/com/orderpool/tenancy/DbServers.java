package com.orderpool.tenancy;

import com.orderpool.core.Config;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The configured database servers ({@link ServerConfig}) and their pools: the default server's is
 * the container's; another server's pool is made on first use ({@link ServerPool}).
 */
@ApplicationScoped
public class DbServers {
  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource main;

  @Resource TransactionSynchronizationRegistry registry;

  private final Map<String, ServerPool> pools = new ConcurrentHashMap<>();
  private final Map<String, Boolean> automaticOverride = new ConcurrentHashMap<>();
  private volatile ServerPool control;

  /** True once the container's resources are injected (see {@link TenancyStartup}). */
  boolean ready() {
    return main != null && registry != null;
  }

  /** The server names, the default first. */
  public List<String> names() {
    return ServerConfig.names(Config.get(ServerConfig.LIST_KEY, ServerConfig.DEFAULT));
  }

  public boolean isConfigured(String server) {
    return names().contains(server);
  }

  /** Whether new tenants may be placed on the server without the admin picking it. */
  public boolean automatic(String server) {
    Boolean set = automaticOverride.get(server);
    if (set != null) {
      return set;
    }
    return ServerConfig.DEFAULT.equals(server) || config(server).automatic();
  }

  /**
   * Sets on this node whether new tenants may go to the server without being picked; {@code null}
   * goes back to the configuration (tests open a manual server for a moment).
   */
  public void useAutomatic(String server, Boolean automatic) {
    if (automatic == null) {
      automaticOverride.remove(server);
    } else {
      automaticOverride.put(server, automatic);
    }
  }

  public DataSource dataSource(String server) {
    if (ServerConfig.DEFAULT.equals(server)) {
      return main;
    }
    if (!isConfigured(server)) {
      throw new IllegalStateException("database server not configured: " + server);
    }
    return pools.computeIfAbsent(server, s -> new ServerPool(config(s), registry));
  }

  /**
   * A small pool of its own on the default server, never part of a JTA transaction: the shard map
   * is read through it, also while a tenant's transaction commits.
   */
  DataSource control() {
    ServerPool c = control;
    if (c == null) {
      synchronized (this) {
        c = control;
        if (c == null) {
          ServerConfig main = config(ServerConfig.DEFAULT);
          c =
              new ServerPool(
                  new ServerConfig("control", main.url(), main.user(), main.password(), 4, true),
                  null);
          control = c;
        }
      }
    }
    return c;
  }

  /** Closes the server's pooled connections as they come back (a tenant moved off it). */
  public void evict(String server) {
    ServerPool p = pools.get(server);
    if (p != null) {
      p.evict();
    }
  }

  private static ServerConfig config(String server) {
    return ServerConfig.read(server, Config::get);
  }

  @PreDestroy
  void close() {
    pools.values().forEach(ServerPool::close);
    pools.clear();
    if (control != null) {
      control.close();
    }
  }
}
