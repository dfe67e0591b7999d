package com.orderpool.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps tenant schemas current without visiting them all at start: the platform table {@code
 * tenant_schema} records the version each schema was migrated to and the {@link TenantUpgrade}
 * version applied to its data. A tenant's first transaction on this node checks that row once (a
 * tenant already seen current costs a set lookup); a schema behind is migrated then, under a
 * database lock named after the tenant, so nodes starting together migrate it once ({@link
 * SchemaCatchUp}). Start-up only queues the schemas that are behind, in the background.
 */
@ApplicationScoped
public class SchemaGate {
  private static final Logger LOG = Logger.getLogger(SchemaGate.class.getName());
  private static final String TABLE = TenantSchema.PLATFORM + ".tenant_schema";

  /** Set on the thread that migrates a tenant: its own transactions pass the gate. */
  private static final ThreadLocal<String> MIGRATING = new ThreadLocal<>();

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  @Inject Instance<TenantUpgrade> upgrades;
  @Inject Instance<SchemaCatchUp> catchUp;
  @Inject Clock clock;

  private final Set<String> current = ConcurrentHashMap.newKeySet();
  private volatile String schemaVersion;

  @PostConstruct
  void read() {
    schemaVersion =
        MigrationVersions.latestOnClassPath(getClass().getClassLoader(), "db/tenant")
            // not listable: every node migrates each tenant once, on first use
            .orElse("unknown");
  }

  /** The newest tenant migration this build has. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** The version of the tenant data upgrade this build applies ("none" without one). */
  public String upgradeVersion() {
    return upgrades.isResolvable() ? upgrades.get().version() : "none";
  }

  /**
   * Returns once the tenant's schema is current, migrating it first if it is behind (on the
   * migration executor, waiting for it). Cheap once a tenant was seen current on this node.
   */
  public void ensure(String code) {
    if (current.contains(code) || code.equals(MIGRATING.get())) {
      return;
    }
    if (isRecordedCurrent(code)) {
      current.add(code);
      return;
    }
    long started = System.nanoTime();
    catchUp.get().migrateNow(code);
    current.add(code);
    LOG.info(
        () ->
            "tenant schema "
                + code
                + " was behind; ready for its first use after "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  /** Tenants whose recorded versions are not this build's (or that have none), by code. */
  public List<String> behind() {
    String sql =
        "SELECT t.code FROM "
            + TenantSchema.PLATFORM
            + ".tenant t LEFT JOIN "
            + TABLE
            + " s ON s.tenant_code = t.code"
            + " WHERE s.tenant_code IS NULL OR s.schema_version <> ? OR s.settings_version <> ?"
            + " ORDER BY t.code";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, schemaVersion);
      s.setString(2, upgradeVersion());
      List<String> codes = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          codes.add(r.getString(1));
        }
      }
      return codes;
    } catch (SQLException e) {
      throw new IllegalStateException("tenant schema versions not readable: " + e.getMessage(), e);
    }
  }

  /**
   * Records a schema that was just migrated and seeded by its creator (provisioning) as current.
   */
  public void recordCurrent(String code) {
    record(code);
    current.add(code);
  }

  /** Forgets a tenant (its schema was dropped): its next use checks again. */
  public void forget(String code) {
    current.remove(code);
    String sql = "DELETE FROM " + TABLE + " WHERE tenant_code = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, code);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Forgets on this node only that the tenant was seen current (tests). */
  public void forgetSeen(String code) {
    current.remove(code);
  }

  /**
   * Migrates the tenant if the recorded versions are behind; the caller holds the tenant's lock.
   * Runs on the migration thread ({@link SchemaCatchUp}).
   */
  void migrateLocked(String code, SchemaMigrator migrator) {
    if (isRecordedCurrent(code)) {
      current.add(code);
      return;
    }
    MIGRATING.set(code);
    try {
      long started = System.nanoTime();
      migrator.migrateTenant(code, SchemaMigrator.TENANT_MIGRATIONS);
      if (upgrades.isResolvable()) {
        upgrades.get().upgrade(code);
      }
      record(code);
      current.add(code);
      LOG.fine(
          () ->
              "tenant schema "
                  + code
                  + " brought up to "
                  + schemaVersion
                  + " in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
    } finally {
      MIGRATING.remove();
    }
  }

  private boolean isRecordedCurrent(String code) {
    String sql = "SELECT schema_version, settings_version FROM " + TABLE + " WHERE tenant_code = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            && schemaVersion.equals(r.getString(1))
            && upgradeVersion().equals(r.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("tenant schema version not readable: " + e.getMessage(), e);
    }
  }

  private void record(String code) {
    String sql =
        "INSERT INTO "
            + TABLE
            + " (tenant_code, schema_version, settings_version, migrated_at) VALUES (?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE schema_version = VALUES(schema_version),"
            + " settings_version = VALUES(settings_version), migrated_at = VALUES(migrated_at)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, code);
      s.setString(2, schemaVersion);
      s.setString(3, upgradeVersion());
      s.setTimestamp(4, Timestamp.from(clock.instant()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The recorded versions of a tenant's schema, if any (schema, then data upgrade). */
  public Optional<List<String>> recorded(String code) {
    String sql = "SELECT schema_version, settings_version FROM " + TABLE + " WHERE tenant_code = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(List.of(r.getString(1), r.getString(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("tenant schema version not readable: " + e.getMessage(), e);
    }
  }
}
