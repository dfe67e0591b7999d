package com.orderpool.support;

import com.orderpool.dev.EmbeddedDatabase;
import com.orderpool.dev.MailServer;
import com.orderpool.dev.PayaraProcess;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh MariaDB and a GreenMail mail server once per integration-test JVM (before
 * Arquillian boots its servers, which get the JDBC URL and the SMTP port through {@code
 * payara.cmdOptions}, and the IMAP port as {@code orderpool.test.imap.port} to read what arrived)
 * and, on first use, one Payara Micro with the WAR for the browser tests. Unit-test runs (no {@code
 * orderpool.buildDir}) start nothing.
 */
public class TestEnvironment implements LauncherSessionListener {
  public static final String ADMIN_EMAIL = "admin@orderpool.test";
  public static final String ADMIN_PASSWORD = "platform-admin-secret";

  /** The public address the in-container test servers build e-mail links from. */
  public static final String BASE_URL = "https://backoffice.orderpool.test";

  /** The name of the second database server every test server knows (see {@link #appSettings}). */
  public static final String SECOND_SERVER = "second";

  private static EmbeddedDatabase database;
  private static EmbeddedDatabase secondDatabase;
  private static MailServer mail;
  private static PayaraProcess app;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String buildDir = System.getProperty("orderpool.buildDir");
    if (buildDir == null || database != null) {
      return;
    }
    File root = new File(buildDir, "it-db");
    database = startDatabase(root);
    secondDatabase = startDatabase(new File(buildDir, "it-db2"));
    // A fresh database: the tenant codes of earlier runs are free again, so their files go too
    // (a new tenant of a reused code must not find an old tenant's files).
    new File(buildDir, "test-tenant-codes.txt").delete();
    PayaraProcess.deleteTree(storageRoot().toPath());
    mail = MailServer.start(0, 0);
    // Browser tests read what arrived (e.g. set-password links) from this JVM too.
    System.setProperty("orderpool.test.imap.port", String.valueOf(mail.imapPort()));
    StringBuilder opts = new StringBuilder("-Xmx768m -Dorderpool.buildDir=" + buildDir);
    appSettings().forEach((k, v) -> opts.append(" -D").append(k).append('=').append(v));
    // Benchmark knobs (e.g. -Dbench.orders=20000) reach the in-container benchmark code too.
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("bench."))
        .forEach(k -> opts.append(" -D").append(k).append('=').append(System.getProperty(k)));
    System.setProperty("payara.cmdOptions", opts.toString());
    File preBoot = testPreBootCommands(new File(buildDir));
    // the in-container server's log, to read after a failure
    String log = "--logtofile " + new File(buildDir, "it-payara.log").getPath();
    System.setProperty(
        "payara.extraMicroOptions", "--prebootcommandfile " + preBoot.getPath() + " " + log);
  }

  /**
   * The in-container server runs with production's server settings (e.g. compression), and with an
   * HTTP request timeout of a day instead of 15 minutes: each test method runs inside one request,
   * and a benchmark may take longer; at the timeout the server interrupts the request's thread.
   */
  private static File testPreBootCommands(File buildDir) {
    File production = PayaraProcess.preBootCommands();
    File file = new File(buildDir, "it-pre-boot-commands.txt");
    try {
      String commands = production.isFile() ? Files.readString(production.toPath()) : "";
      Files.writeString(
          file.toPath(),
          commands
              + (commands.isEmpty() || commands.endsWith("\n") ? "" : "\n")
              + "set configs.config.server-config.network-config.protocols.protocol"
              + ".http-listener.http.request-timeout-seconds=86400\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** A fresh database; one retry, since a first start on a busy 2-core machine can time out. */
  private static EmbeddedDatabase startDatabase(File root) {
    for (int attempt = 1; ; attempt++) {
      PayaraProcess.deleteTree(root.toPath());
      try {
        return EmbeddedDatabase.start(new File(root, "base"), new File(root, "data"), 0);
      } catch (IllegalStateException e) {
        if (attempt == 2) {
          throw e;
        }
        System.err.println(
            "MariaDB start failed, retrying once: "
                + e.getMessage().lines().findFirst().orElse(""));
      }
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (app != null) {
      app.close();
      app = null;
    }
    if (database != null) {
      database.close();
      database = null;
    }
    if (secondDatabase != null) {
      secondDatabase.close();
      secondDatabase = null;
    }
    if (mail != null) {
      mail.close();
      mail = null;
    }
  }

  /** The settings every test server gets. */
  public static Map<String, String> appSettings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("orderpool.db.url", database.jdbcUrl());
    s.put("orderpool.db.user", EmbeddedDatabase.USER);
    s.put("orderpool.db.password", EmbeddedDatabase.PASSWORD);
    // a second database server; new tenants go there only when picked (or a test opens it), so
    // tests that read a tenant's tables on the default server's pool find them there
    s.put("orderpool.db.servers", "main," + SECOND_SERVER);
    s.put("orderpool.db.server." + SECOND_SERVER + ".url", secondDatabase.jdbcUrl());
    s.put("orderpool.db.server." + SECOND_SERVER + ".user", EmbeddedDatabase.USER);
    s.put("orderpool.db.server." + SECOND_SERVER + ".password", EmbeddedDatabase.PASSWORD);
    s.put("orderpool.db.server." + SECOND_SERVER + ".placement", "manual");
    s.put("orderpool.db.server." + SECOND_SERVER + ".max-pool", "10");
    s.put("orderpool.admin.email", ADMIN_EMAIL);
    s.put("orderpool.admin.password", ADMIN_PASSWORD);
    s.put("orderpool.smtp.host", MailServer.HOST);
    s.put("orderpool.smtp.port", String.valueOf(mail.smtpPort()));
    s.put("orderpool.test.imap.port", String.valueOf(mail.imapPort()));
    s.put("orderpool.storage.root", storageRoot().getPath());
    s.put("orderpool.base.url", BASE_URL);
    // webhook receivers of tests listen on loopback over plain http, and retries come quickly
    s.put("orderpool.webhooks.allow-loopback", "true");
    s.put("orderpool.webhooks.require-https", "false");
    // the WooCommerce stand-ins of the store import tests listen on loopback over plain http
    s.put("orderpool.stores.allow-loopback", "true");
    s.put("orderpool.stores.require-https", "false");
    s.put("orderpool.webhooks.retry-plan", "0s,1s,1s,1s,1s,1s,1s,1s,1s,1s");
    // a node that dies mid-attempt holds its delivery this long (the shortest lease allowed)
    s.put("orderpool.webhooks.lease", "30s");
    // an import whose node died is queued again this long after its last heartbeat (the shortest)
    s.put("orderpool.imports.stale", "30s");
    // each test server's SFTP inbox server takes a free loopback port (tests ask it which)
    s.put("orderpool.sftp.host", "127.0.0.1");
    s.put("orderpool.sftp.port", "0");
    s.put(
        "orderpool.data.dir",
        new File(System.getProperty("orderpool.buildDir", "target"), "it-data").getPath());
    return s;
  }

  /** Where the test servers keep attachment files (inside the build folder). */
  public static File storageRoot() {
    return new File(System.getProperty("orderpool.buildDir", "target"), "it-storage");
  }

  /** The shared app instance for browser and black-box tests, started on first use. */
  public static synchronized String appUrl() {
    if (app == null) {
      File build = new File(System.getProperty("orderpool.buildDir"));
      int port = PayaraProcess.freePort();
      Map<String, String> settings = appSettings();
      // Browser tests follow the links in e-mails, so they must point at this server.
      settings.put("orderpool.base.url", "http://localhost:" + port);
      app =
          PayaraProcess.start(
              new File(build, "payara-micro.jar"),
              new File(build, "orderpool.war"),
              new File(build, "e2e-payara"),
              port,
              settings,
              new File(build, "e2e-payara.log"),
              null,
              Duration.ofMinutes(5),
              p -> {});
    }
    return app.baseUrl();
  }
}
