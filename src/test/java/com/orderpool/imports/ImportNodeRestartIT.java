package com.orderpool.imports;

import static com.orderpool.imports.ImportsIT.HEADER;
import static com.orderpool.imports.ImportsIT.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.dev.PayaraProcess;
import com.orderpool.imports.boundary.SftpSettings;
import com.orderpool.imports.control.SftpConfig;
import com.orderpool.imports.control.SftpJails;
import com.orderpool.imports.control.SftpServer;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;

/**
 * A real second server over the same database and the same files: a large file is dropped in its
 * SFTP inbox with a real SFTP client, the server is killed (no shutdown of any kind) while it
 * imports the file, and started again. The job is resumed (by the restarted node or by any other
 * server, once its heartbeat is stale: 30 s in tests) and ends with every order of the file exactly
 * once, in its tenant only.
 */
class ImportNodeRestartIT extends InContainer {
  private static final Duration BOOT = Duration.ofMinutes(5);

  /** Orders in the file: enough for the node to be killed well before the end. */
  private static final int ORDERS = 1500;

  /** Orders placed before the kill: some, far from all. */
  private static final int KILL_AFTER = 150;

  /** The staleness (30 s in tests) plus a minute's sweep and the rest of the file. */
  private static final Duration AFTER_RESTART = Duration.ofSeconds(240);

  /** For a sign-in, for the first orders of a node just booted, for the file in processed/. */
  private static final Duration WAIT = Duration.ofSeconds(120);

  @Inject PlatformConsole console;
  @Inject SftpSettings settings;
  @Inject SftpServer server;
  @Inject TenantRunner runner;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  @Test
  void aNodeKilledMidImportAndStartedAgainImportsEveryOrderOnce() throws Exception {
    String neighbour = Codes.newTenant(console);
    String code = Codes.newTenant(console);
    String password = runner.call(code, settings::newPassword);
    String prefix = "NR-" + code + "-";
    List<String> refs = new ArrayList<>();
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= ORDERS; i++) {
      String ref = prefix + i;
      refs.add(ref);
      csv.append(one(ref, "c" + i + "@" + code.toLowerCase() + ".example", "DRB-1", "10.00"));
    }
    String t = "`" + TenantSchema.of(code) + "`.";
    int sftpPort = PayaraProcess.freePort();
    PayaraProcess node = startNode(sftpPort);
    Instant killedAt;
    long jobId;
    try {
      drop(sftpPort, code.toLowerCase(), password, csv.toString());
      jobId = awaitRunningWithSomeOrders(t);
      node.kill();
      node = null;
      killedAt = Instant.now();
      long atKill = count("SELECT COUNT(*) FROM " + t + "customer_order");
      Thread.sleep(3000);
      // had another server run the job, the kill would have stopped nothing
      assertEquals(
          atKill,
          count("SELECT COUNT(*) FROM " + t + "customer_order"),
          "no order placed while no node runs the job");
      assertEquals("RUNNING", status(t, jobId), "the killed node's job is left running");
      assertTrue(
          atKill > 0 && atKill < ORDERS,
          "killed mid-file: " + atKill + " of " + ORDERS + " placed");

      node = startNode(sftpPort);
      awaitStatus(t, jobId, "DONE", AFTER_RESTART);
    } finally {
      if (node != null) {
        node.close();
      }
    }

    // the job was claimed again after the kill and counts every order of the file as created
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT started_at, created_count, duplicate_count, rejected_count, error_count"
                    + " FROM "
                    + t
                    + "import_job WHERE id = ?")) {
      s.setLong(1, jobId);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        Timestamp started = rs.getTimestamp(1);
        assertTrue(
            started.toInstant().isAfter(killedAt),
            "run again after the kill: started " + started.toInstant() + ", killed " + killedAt);
        assertEquals(ORDERS, rs.getInt(2), "created");
        assertEquals(0, rs.getInt(3), "duplicates");
        assertEquals(0, rs.getInt(4), "rejected");
        assertEquals(0, rs.getInt(5), "errors");
      }
    }
    assertEquals(1, count("SELECT COUNT(*) FROM " + t + "import_job"), "one job for one file");
    assertEquals(
        ORDERS,
        count(
            "SELECT COUNT(*) FROM "
                + t
                + "import_order WHERE outcome = 'CREATED' AND job_id = "
                + jobId),
        "one outcome per order, all created");

    // every reference of the file exactly once, as a CSV order, and nothing else
    assertEquals(ORDERS, count("SELECT COUNT(*) FROM " + t + "customer_order"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM (SELECT channel, external_reference FROM "
                + t
                + "customer_order GROUP BY channel, external_reference HAVING COUNT(*) > 1) d"),
        "no reference twice");
    assertEquals(
        ORDERS,
        count("SELECT COUNT(DISTINCT order_number) FROM " + t + "customer_order"),
        "order numbers unique");
    assertEquals(
        new HashSet<>(refs), references(t), "each reference of the file, once, by CSV, no other");

    // nothing of this file landed in another tenant
    String n = "`" + TenantSchema.of(neighbour) + "`.";
    assertEquals(
        0, count("SELECT COUNT(*) FROM " + n + "customer_order"), "the neighbour's orders");
    assertEquals(0, count("SELECT COUNT(*) FROM " + n + "import_job"), "the neighbour's imports");
    assertEquals(0, elsewhere(code, prefix), "orders of the file in another tenant");

    // the file is in processed/ under the job's id, and out of the inbox
    Path jail = new SftpJails(SftpConfig.load().root()).jail(code);
    Path processed = jail.resolve(SftpJails.PROCESSED).resolve(jobId + "-restart.csv");
    long end = System.nanoTime() + WAIT.toNanos();
    while (!Files.isRegularFile(processed) && System.nanoTime() < end) {
      Thread.sleep(250);
    }
    assertTrue(Files.isRegularFile(processed), "the file went to processed/");
    assertEquals(csv.toString(), Files.readString(processed, StandardCharsets.UTF_8));
    try (var left = Files.list(jail.resolve(SftpJails.INBOX))) {
      assertEquals(List.of(), left.toList(), "the inbox is empty");
    }
  }

  /** Drops the file in the node's inbox with a real SFTP client, signed in with the password. */
  private void drop(int port, String user, String password, String csv) throws IOException {
    String expected = server.fingerprint(); // the nodes share the host key
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier((s, address, k) -> KeyUtils.getFingerPrint(k).equals(expected));
    client.start();
    try (ClientSession session =
        client.connect(user, "127.0.0.1", port).verify(WAIT).getClientSession()) {
      session.addPasswordIdentity(password);
      session.auth().verify(WAIT);
      try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
          OutputStream out = sftp.write("/inbox/restart.csv")) {
        out.write(csv.getBytes(StandardCharsets.UTF_8));
      }
    } finally {
      client.stop();
    }
  }

  /** Waits until the tenant's one job runs and has placed some orders; answers its id. */
  private long awaitRunningWithSomeOrders(String t) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      if (count("SELECT COUNT(*) FROM " + t + "customer_order") >= KILL_AFTER) {
        long id = count("SELECT MAX(id) FROM " + t + "import_job");
        assertEquals("RUNNING", status(t, id), "the job runs while orders are placed");
        return id;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "the node placed no "
            + KILL_AFTER
            + " orders in "
            + WAIT
            + ": "
            + count("SELECT COUNT(*) FROM " + t + "customer_order"));
  }

  private void awaitStatus(String t, long id, String wanted, Duration within) throws Exception {
    long end = System.nanoTime() + within.toNanos();
    String now = status(t, id);
    while (!wanted.equals(now) && System.nanoTime() < end) {
      Thread.sleep(500);
      now = status(t, id);
    }
    assertEquals(
        wanted,
        now,
        "the job after "
            + within
            + " ("
            + count("SELECT COUNT(*) FROM " + t + "customer_order")
            + " orders placed)");
  }

  private String status(String t, long id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT status FROM " + t + "import_job WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The CSV orders' references; fails on any order that came another way. */
  private Set<String> references(String t) throws SQLException {
    Set<String> refs = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT channel, external_reference FROM " + t + "customer_order")) {
      while (rs.next()) {
        assertEquals("CSV", rs.getString(1), rs.getString(2));
        assertTrue(refs.add(rs.getString(2)), "twice: " + rs.getString(2));
      }
    }
    return refs;
  }

  /** Orders with the file's references in any other tenant's schema. */
  private long elsewhere(String code, String prefix) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT table_schema FROM information_schema.tables"
                    + " WHERE table_name = 'customer_order' AND table_schema <> ?")) {
      s.setString(1, TenantSchema.of(code));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          schemas.add(rs.getString(1));
        }
      }
    }
    assertTrue(!schemas.isEmpty(), "other tenants to look in");
    long found = 0;
    try (Connection c = dataSource.getConnection()) {
      for (String schema : schemas) {
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM `"
                    + schema
                    + "`.customer_order WHERE external_reference LIKE ?")) {
          s.setString(1, prefix + "%");
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            found += rs.getLong(1);
          }
        }
      }
    }
    return found;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * A second Payara Micro with the same WAR and settings as this one (its -D orderpool.*), its SFTP
   * inbox server on the given port.
   */
  private static PayaraProcess startNode(int sftpPort) {
    File build = new File(System.getProperty("orderpool.buildDir"));
    Map<String, String> settings = new LinkedHashMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("orderpool.") && !k.startsWith("orderpool.home"))
        .sorted()
        .forEach(k -> settings.put(k, System.getProperty(k)));
    settings.put(SftpConfig.PORT, String.valueOf(sftpPort));
    return PayaraProcess.start(
        new File(build, "payara-micro.jar"),
        new File(build, "orderpool.war"),
        new File(build, "import-restart-node"),
        0,
        settings,
        new File(build, "import-restart-node.log"),
        null,
        BOOT,
        p -> {});
  }
}
