package com.orderpool.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates, migrates and drops schemas with Flyway: the platform schema from {@code db/platform} and
 * every tenant schema from {@code db/tenant}. Must run outside a JTA transaction (DDL commits).
 */
@ApplicationScoped
public class SchemaMigrator {
  public static final List<String> TENANT_MIGRATIONS = List.of("classpath:db/tenant");
  public static final List<String> PLATFORM_MIGRATIONS = List.of("classpath:db/platform");

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  @Inject TenantUnits units;
  @Inject ShardMap shards;
  @Inject DbServers servers;
  @Inject Instance<SchemaGate> gate;

  /** True once the container's resources are injected (see {@link TenancyStartup}). */
  boolean ready() {
    return dataSource != null;
  }

  public void migratePlatform() {
    migrate(dataSource, TenantSchema.PLATFORM, PLATFORM_MIGRATIONS, true);
  }

  /**
   * Creates the schema on the tenant's server (the shard map's); fails if it already exists, so a
   * schema is only ever dropped by its creator.
   */
  public void createTenantSchema(String code) {
    createTenantSchemaOn(serverOf(code), code);
  }

  /** Creates the tenant's schema on a given server (the target of a move). */
  public void createTenantSchemaOn(String server, String code) {
    execute(
        servers.dataSource(server),
        "CREATE DATABASE `"
            + TenantSchema.of(code)
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
  }

  public void migrateTenant(String code, List<String> locations) {
    migrate(servers.dataSource(serverOf(code)), TenantSchema.of(code), locations, false);
  }

  public void dropTenantSchema(String code) {
    units.forget(code);
    gate.get().forget(code);
    dropTenantSchemaOn(serverOf(code), code);
  }

  /** Drops the tenant's schema on a given server (the copy of a failed move, or the old one). */
  public void dropTenantSchemaOn(String server, String code) {
    try (Connection c = servers.dataSource(server).getConnection();
        Statement s = c.createStatement()) {
      // a transaction left open on the schema must not hold the drop (and its caller) for ever
      s.execute("SET SESSION lock_wait_timeout = 60");
      try {
        s.execute("DROP DATABASE IF EXISTS `" + TenantSchema.of(code) + "`");
      } finally {
        s.execute("SET SESSION lock_wait_timeout = DEFAULT");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "dropping " + TenantSchema.of(code) + ": " + e.getMessage(), e);
    }
  }

  /**
   * The bytes of the tenant schema's tables (data and indexes) as {@code information_schema} on its
   * server estimates them; 0 when it has none.
   */
  public long schemaBytes(String code) {
    try (Connection c = servers.dataSource(shards.of(code).server()).getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COALESCE(SUM(DATA_LENGTH + INDEX_LENGTH), 0) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = ?")) {
      ps.setString(1, TenantSchema.of(code));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "size of " + TenantSchema.of(code) + ": " + e.getMessage(), e);
    }
  }

  private String serverOf(String code) {
    return shards.fresh(code).server();
  }

  private void migrate(
      DataSource dataSource, String schema, List<String> locations, boolean createSchema) {
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(createSchema)
        .locations(locations.toArray(String[]::new))
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  private static void execute(DataSource dataSource, String ddl) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(ddl);
    } catch (SQLException e) {
      throw new IllegalStateException(ddl + ": " + e.getMessage(), e);
    }
  }
}
