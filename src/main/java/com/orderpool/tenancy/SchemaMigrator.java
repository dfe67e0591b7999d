package com.orderpool.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
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
  @Inject Instance<SchemaGate> gate;

  /** True once the container's resources are injected (see {@link TenancyStartup}). */
  boolean ready() {
    return dataSource != null;
  }

  public void migratePlatform() {
    migrate(TenantSchema.PLATFORM, PLATFORM_MIGRATIONS, true);
  }

  /**
   * Creates the schema; fails if it already exists, so a schema is only ever dropped by its
   * creator.
   */
  public void createTenantSchema(String code) {
    execute(
        "CREATE DATABASE `"
            + TenantSchema.of(code)
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
  }

  public void migrateTenant(String code, List<String> locations) {
    migrate(TenantSchema.of(code), locations, false);
  }

  public void dropTenantSchema(String code) {
    units.forget(code);
    gate.get().forget(code);
    execute("DROP DATABASE IF EXISTS `" + TenantSchema.of(code) + "`");
  }

  private void migrate(String schema, List<String> locations, boolean createSchema) {
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

  private void execute(String ddl) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(ddl);
    } catch (SQLException e) {
      throw new IllegalStateException(ddl + ": " + e.getMessage(), e);
    }
  }
}
