package com.orderpool.tenancy;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ContextServiceDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrates tenant schemas that are behind ({@link SchemaGate}) on an executor of its own: no caller
 * identity or transaction is passed on (DDL commits by itself, and the data upgrade runs as the
 * system). Each tenant is migrated under the database lock {@code orderpool_schema_<code>}, so two
 * nodes, or a first use racing the start-up catch-up, never migrate one schema at once.
 */
@ContextServiceDefinition(
    name = SchemaCatchUp.CONTEXT,
    propagated = ContextServiceDefinition.APPLICATION,
    cleared = {ContextServiceDefinition.SECURITY, ContextServiceDefinition.TRANSACTION},
    unchanged = {})
@ManagedExecutorDefinition(
    name = SchemaCatchUp.EXECUTOR,
    context = SchemaCatchUp.CONTEXT,
    maxAsync = 3)
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// bean-managed: the container never runs its methods (timeouts included) in a transaction,
// neither one of its own nor one left on the thread; the work it calls opens its own
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaCatchUp {
  static final String EXECUTOR = "java:app/concurrent/orderpool-schema-migrations";
  static final String CONTEXT = "java:app/concurrent/orderpool-schema-migrations-context";

  /** How long a first use waits for its tenant's migration (and for the lock). */
  static final int WAIT_SECONDS = 300;

  private static final Logger LOG = Logger.getLogger(SchemaCatchUp.class.getName());

  @Inject SchemaGate gate;
  @Inject SchemaMigrator migrator;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService executor;

  /** Migrates the tenant now if it is behind, and waits for it. */
  public void migrateNow(String code) {
    Future<?> done = executor.submit(() -> migrate(code));
    try {
      done.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("tenant " + code + ": migration interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "tenant " + code + " not migrated: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("tenant " + code + ": migration still running", e);
    }
  }

  /**
   * Migrates the given tenants one after another in the background (start-up: those behind); a
   * tenant's failure is logged and the others go on. A tenant used meanwhile is migrated at once by
   * its first use.
   */
  public void inBackground(List<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    executor.submit(
        () -> {
          long started = System.nanoTime();
          int failed = 0;
          for (String code : codes) {
            try {
              migrate(code);
            } catch (RuntimeException e) {
              failed++;
              LOG.log(Level.WARNING, "tenant schema " + code + " not migrated", e);
            }
          }
          int f = failed;
          LOG.info(
              () ->
                  "tenant schemas behind caught up: "
                      + (codes.size() - f)
                      + " of "
                      + codes.size()
                      + " in "
                      + (System.nanoTime() - started) / 1_000_000
                      + " ms");
        });
  }

  /** On the executor: takes the tenant's lock, then migrates if still behind. */
  private void migrate(String code) {
    String lock = lockName(code);
    try (Connection c = dataSource.getConnection()) {
      if (!call(c, "SELECT GET_LOCK(?, " + WAIT_SECONDS + ")", lock)) {
        throw new IllegalStateException("schema lock of " + code + " not taken in time");
      }
      try {
        gate.migrateLocked(code, migrator);
      } finally {
        call(c, "SELECT RELEASE_LOCK(?)", lock);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("schema lock of " + code + ": " + e.getMessage(), e);
    }
  }

  /** The database lock (GET_LOCK) a tenant's migration holds. */
  static String lockName(String code) {
    return "orderpool_schema_" + code.toLowerCase(Locale.ROOT);
  }

  private static boolean call(Connection c, String sql, String lock) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, lock);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getInt(1) == 1;
      }
    }
  }
}
