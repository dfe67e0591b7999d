package com.orderpool.tenancy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool of a further database server, made by the application from its configuration (the
 * default server's pool is the container's). Connections are pooled by HikariCP with the same
 * driver properties as the container's pool ({@link DriverProperties}).
 *
 * <p>Inside a JTA transaction every call gets the same connection, with auto-commit off; it is
 * committed when the transaction is about to commit (after the tenant's EntityManager flushed,
 * {@link TenantDatabase}) and rolled back if the transaction rolls back. Only a tenant's own schema
 * is written through this pool, so its transactions touch this one server; platform rows read in
 * the same transaction come from the default server and are not written there.
 */
final class ServerPool implements DataSource, AutoCloseable {
  private final String name;
  private final HikariDataSource pool;
  private final TransactionSynchronizationRegistry registry;
  private final Object key = new Object();

  ServerPool(ServerConfig config, TransactionSynchronizationRegistry registry) {
    this.name = config.name();
    this.registry = registry;
    HikariConfig hc = new HikariConfig();
    hc.setPoolName("orderpool-" + config.name());
    hc.setDataSourceClassName("com.mysql.cj.jdbc.MysqlDataSource");
    hc.addDataSourceProperty("url", config.url());
    if (config.user() != null) {
      hc.addDataSourceProperty("user", config.user());
    }
    if (config.password() != null) {
      hc.addDataSourceProperty("password", config.password());
    }
    DriverProperties.all().forEach(hc::addDataSourceProperty);
    hc.setMinimumIdle(2);
    hc.setMaximumPoolSize(config.maxPool());
    hc.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    hc.setInitializationFailTimeout(-1); // a server down at start does not stop the application
    this.pool = new HikariDataSource(hc);
  }

  String name() {
    return name;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (registry == null || registry.getTransactionKey() == null) {
      return pool.getConnection();
    }
    Bound b = (Bound) registry.getResource(key);
    if (b == null) {
      int status = registry.getTransactionStatus();
      if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
        throw new SQLException("transaction of server " + name + " is ending");
      }
      Connection c = pool.getConnection();
      c.setAutoCommit(false);
      b = new Bound(c);
      registry.putResource(key, b);
      registry.registerInterposedSynchronization(b);
    }
    return b.handle;
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool's user is configured");
  }

  /** Closes the idle connections and those in use when they come back (a tenant moved away). */
  void evict() {
    pool.getHikariPoolMXBean().softEvictConnections();
  }

  @Override
  public void close() {
    pool.close();
  }

  /** A transaction's connection: the callers' close() leaves it open until the end. */
  private final class Bound implements Synchronization {
    private final Connection physical;
    private final Connection handle;
    private boolean committed;

    Bound(Connection physical) {
      this.physical = physical;
      this.handle =
          (Connection)
              Proxy.newProxyInstance(
                  ServerPool.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, args) -> {
                    switch (method.getName()) {
                      case "close":
                        return null;
                      case "isClosed":
                        return physical.isClosed();
                      case "equals":
                        return proxy == args[0];
                      case "hashCode":
                        return System.identityHashCode(proxy);
                      default:
                        try {
                          return method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                          throw e.getCause();
                        }
                    }
                  });
    }

    @Override
    public void beforeCompletion() {
      if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
        return; // marked for rollback (an earlier step refused): afterCompletion rolls back
      }
      try {
        physical.commit();
        committed = true;
      } catch (SQLException e) {
        throw new IllegalStateException("commit failed: " + e.getMessage(), e);
      }
    }

    @Override
    public void afterCompletion(int status) {
      try {
        if (!committed) {
          physical.rollback();
        }
      } catch (SQLException e) {
        Logger.getLogger(ServerPool.class.getName()).warning("rollback failed: " + e);
      } finally {
        try {
          physical.close();
        } catch (SQLException e) {
          Logger.getLogger(ServerPool.class.getName()).warning("close failed: " + e);
        }
      }
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger(ServerPool.class.getName());
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
