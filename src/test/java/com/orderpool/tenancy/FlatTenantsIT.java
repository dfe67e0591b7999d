package com.orderpool.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.notifications.control.Outbox;
import com.orderpool.notifications.control.RelayTimer;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.Transactions;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a tenant schema behind this build is migrated on its first use (not at start-up), and a
 * queued mail goes out through its tenant's due-work marker, which the queuing transaction wrote
 * and the relay clears.
 */
class FlatTenantsIT extends InContainer {
  private static final Duration WAIT = Duration.ofSeconds(40);

  @Inject PlatformConsole console;
  @Inject SchemaGate gate;
  @Inject SchemaMigrator migrator;
  @Inject TenantRunner runner;
  @Inject TenantSettings settings;
  @Inject Transactions transactions;
  @Inject Outbox outbox;
  @Inject RelayTimer relay;
  @Inject DueWork dueWork;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  @Test
  void aSchemaBehindIsMigratedOnItsFirstUse() throws SQLException {
    String code = Codes.newTenant(console);
    assertEquals(
        Optional.of(List.of(gate.schemaVersion(), gate.upgradeVersion())),
        gate.recorded(code),
        "provisioning records the schema as current");

    awaitNoMailDue(code); // the welcome e-mail is out: nothing uses the tenant from now on
    // the same tenant, its schema one migration behind and its settings gone (an older build's);
    // suspended meanwhile, so no new sweep lists it
    console.suspend(code);
    String schema = TenantSchema.of(code);
    // a safety-net sweep that listed the tenant before its suspension may still use it: holding
    // the tenant's migration lock, the test sets the schema back before anyone can migrate it
    try (Connection lock = dataSource.getConnection()) {
      assertTrue(lockCall(lock, "SELECT GET_LOCK(?, 60)", code), "the schema lock");
      try {
        migrator.dropTenantSchema(code);
        migrator.createTenantSchema(code);
        Flyway older = flyway(schema, null);
        MigrationInfo[] all = older.info().all();
        MigrationVersion previous = all[all.length - 2].getVersion();
        flyway(schema, previous).migrate();
        assertEquals(previous.getVersion(), newestApplied(schema));
        assertTrue(gate.recorded(code).isEmpty());
      } finally {
        lockCall(lock, "SELECT RELEASE_LOCK(?)", code);
      }
    }

    String vat =
        transactions
            .committing(() -> runner.call(code, () -> settings.get("vat.rate")))
            .orElseThrow(() -> new AssertionError("the settings pack was applied on first use"));

    console.reactivate(code);
    assertEquals("21.00", vat);
    assertEquals(gate.schemaVersion(), newestApplied(schema), "migrated to this build's newest");
    assertEquals(
        Optional.of(List.of(gate.schemaVersion(), gate.upgradeVersion())), gate.recorded(code));
    assertTrue(gate.behind().stream().noneMatch(code::equals));
  }

  @Test
  void aQueuedMailGoesOutThroughItsMarker() {
    String code = Codes.newTenant(console);
    String to = Codes.email(code, "marker-customer");
    awaitNoMailDue(code); // the welcome e-mail's marker is gone
    relay.useNudges(false);
    try {
      transactions.rollingBack(() -> runner.call(code, () -> queue(to, "rolled back")));
      assertTrue(dueWork.marker(DueWork.MAIL, code).isEmpty(), "a rollback leaves no marker");

      transactions.committing(() -> runner.call(code, () -> queue(to, "via the marker")));
      assertTrue(
          dueWork.marker(DueWork.MAIL, code).isPresent(),
          "the queuing transaction marked the tenant");

      assertTrue(
          MailInbox.await(to, MailInbox.subjectContains("via the marker"), WAIT).isPresent(),
          "the relay's tick found the tenant by its marker and sent the mail");
      awaitNoMailDue(code);
      assertTrue(MailInbox.of(to).stream().noneMatch(MailInbox.subjectContains("rolled back")));
    } finally {
      relay.useNudges(true);
    }
  }

  /** Sweeps until the tenant's mail marker is gone (nothing pending); fails after a while. */
  private void awaitNoMailDue(String code) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (dueWork.marker(DueWork.MAIL, code).isPresent() && System.nanoTime() < end) {
      relay.sweepMarked();
      pause();
    }
    assertTrue(dueWork.marker(DueWork.MAIL, code).isEmpty(), "nothing pending: marker cleared");
  }

  private long queue(String to, String subject) {
    return outbox
        .enqueue(
            MailEvent.NOTIFY_CUSTOMER,
            to,
            "en",
            new RenderedMail(subject, "<p>" + subject + "</p>", subject),
            null,
            List.of())
        .getId();
  }

  private Flyway flyway(String schema, MigrationVersion target) {
    var config =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .schemas(schema)
            .defaultSchema(schema)
            .locations(SchemaMigrator.TENANT_MIGRATIONS.toArray(String[]::new));
    return (target == null ? config : config.target(target)).load();
  }

  /** The lock {@link SchemaCatchUp} takes for one tenant's migration. */
  private static boolean lockCall(Connection c, String sql, String code) throws SQLException {
    try (var s = c.prepareStatement(sql)) {
      s.setString(1, SchemaCatchUp.lockName(code));
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getInt(1) == 1;
      }
    }
  }

  private String newestApplied(String schema) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT version FROM `"
                    + schema
                    + "`.flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC LIMIT 1")) {
      r.next();
      return r.getString(1);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
