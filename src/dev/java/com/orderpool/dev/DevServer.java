package com.orderpool.dev;

import java.io.File;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code deploy/run}: starts the embedded MariaDB (data in {@code var/db}) unless ORDERPOOL_DB_URL
 * points elsewhere, a GreenMail mail server unless ORDERPOOL_SMTP_HOST names a real one, then
 * Payara Micro with the WAR, and prints the URL, the mail ports and demo logins. Demo tenants and
 * the demo password are set up on the embedded database only. Ctrl-C stops all.
 */
public final class DevServer {
  private DevServer() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    File home = new File(System.getProperty("orderpool.home", ".")).getAbsoluteFile();
    File var = new File(env("ORDERPOOL_VAR", new File(home, "var").getPath())).getAbsoluteFile();
    int port = Integer.parseInt(env("ORDERPOOL_PORT", "8080"));
    String externalUrl = System.getenv("ORDERPOOL_DB_URL");
    boolean embedded = externalUrl == null || externalUrl.isBlank();
    // the server's full output goes here; the console shows progress, the banner and errors
    File serverLog = new File(var, "log/server.log");
    ConsoleFilter.quietNotices(serverLog);
    System.out.println("Starting Orderpool (full server log: " + serverLog + ") ...");
    // Demo data and the demo password exist on the embedded database only.
    String demoPassword = embedded ? env("ORDERPOOL_DEMO_PASSWORD", "orderpool-demo") : null;
    String adminPassword = env("ORDERPOOL_ADMIN_PASSWORD", demoPassword);

    Map<String, String> settings = new LinkedHashMap<>();
    String demoApiKey = null;
    EmbeddedDatabase db = null;
    if (embedded) {
      int dbPort = Integer.parseInt(env("ORDERPOOL_EMBEDDED_DB_PORT", "3307"));
      db = EmbeddedDatabase.start(new File(var, "mariadb"), new File(var, "db"), dbPort);
      settings.put("orderpool.db.url", db.jdbcUrl());
      settings.put("orderpool.db.user", EmbeddedDatabase.USER);
      settings.put("orderpool.db.password", EmbeddedDatabase.PASSWORD);
      settings.put("orderpool.db.embedded-url", db.jdbcUrl());
      System.out.println(
          "Embedded MariaDB on port " + db.port() + ", data in " + new File(var, "db"));
    }
    MailServer mail = null;
    String externalSmtp = System.getenv("ORDERPOOL_SMTP_HOST");
    if (externalSmtp == null || externalSmtp.isBlank()) {
      mail =
          MailServer.start(
              Integer.parseInt(env("ORDERPOOL_MAIL_SMTP_PORT", "3025")),
              Integer.parseInt(env("ORDERPOOL_MAIL_IMAP_PORT", "3143")));
      settings.put("orderpool.smtp.host", MailServer.HOST);
      settings.put("orderpool.smtp.port", String.valueOf(mail.smtpPort()));
    }
    if (embedded) {
      String packs = System.getenv("ORDERPOOL_DEMO_PACKS");
      settings.put("orderpool.demo.packs", packs == null ? "bfg,acm" : packs);
      settings.put("orderpool.demo.password", demoPassword);
      demoApiKey = DemoApiKey.load(new File(var, "demo-api-key.txt"));
      settings.put("orderpool.demo.api-key", demoApiKey);
    }
    // the SFTP inbox server (on loopback unless ORDERPOOL_SFTP_HOST says otherwise)
    int sftpPort = Integer.parseInt(env("ORDERPOOL_SFTP_PORT", "2222"));
    settings.put("orderpool.sftp.port", String.valueOf(sftpPort));
    settings.put("orderpool.sftp.host", env("ORDERPOOL_SFTP_HOST", "127.0.0.1"));
    String demoSftpPassword = null;
    if (embedded) {
      demoSftpPassword = env("ORDERPOOL_DEMO_SFTP_PASSWORD", demoPassword);
      settings.put("orderpool.demo.sftp-password", demoSftpPassword);
    }
    if (adminPassword != null) {
      settings.put("orderpool.admin.password", adminPassword);
    }
    settings.put("orderpool.admin.email", env("ORDERPOOL_ADMIN_EMAIL", "admin@orderpool.local"));
    // Links in e-mails come from this address only, never from a request's Host header.
    settings.put("orderpool.base.url", env("ORDERPOOL_BASE_URL", "http://localhost:" + port));
    settings.put("orderpool.data.dir", env("ORDERPOOL_DATA_DIR", var.getAbsolutePath()));
    settings.put(
        "orderpool.storage.root",
        env("ORDERPOOL_STORAGE_ROOT", new File(var, "storage").getAbsolutePath()));

    File war = new File(home, "target/orderpool.war");
    File payaraJar = new File(home, "target/payara-micro.jar");
    AtomicReference<PayaraProcess> payaraRef = new AtomicReference<>();
    final EmbeddedDatabase database = db;
    final MailServer mailServer = mail;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Orderpool ...");
                  if (payaraRef.get() != null) {
                    payaraRef.get().close();
                  }
                  if (database != null) {
                    database.close();
                  }
                  if (mailServer != null) {
                    mailServer.close();
                  }
                  System.out.println("Stopped.");
                }));
    PayaraProcess payara =
        PayaraProcess.start(
            payaraJar,
            war,
            new File(var, "payara"),
            port,
            settings,
            serverLog,
            System.out,
            Duration.ofMinutes(5),
            payaraRef::set);
    double seconds = (System.nanoTime() - started) / 1e9;
    String mailInfo =
        mail == null
            ? "E-mail         : SMTP " + externalSmtp + " (ORDERPOOL_SMTP_HOST)%n"
            : "E-mail         : GreenMail, SMTP "
                + MailServer.HOST
                + ":"
                + mail.smtpPort()
                + ", read it over IMAP at "
                + MailServer.HOST
                + ":"
                + mail.imapPort()
                + " (user = recipient address, any password)%n";
    String adminInfo =
        adminPassword != null
            ? adminPassword
            : "(if created now: generated, in "
                + new File(settings.get("orderpool.data.dir"), "platform-admin-password.txt")
                + ")";
    String demoInfo =
        embedded
            ? "Demo tenant BFG: admin@bfg.example, staff@bfg.example, books@bfg.example / "
                + demoPassword
                + "%nDemo tenant ACM: admin@acme.example, staff@acme.example / "
                + demoPassword
                + "%nAPI key (BFG): "
                + demoApiKey
                + "%n"
                + (listens(sftpPort)
                    ? "SFTP (BFG): sftp://bfg:"
                        + urlPart(demoSftpPassword)
                        + "@127.0.0.1:"
                        + sftpPort
                        + "/%n"
                    : "SFTP: nothing listens on 127.0.0.1:"
                        + sftpPort
                        + " (see the server log; ORDERPOOL_SFTP_PORT)%n")
            : "External database: no demo tenants.%n";
    System.out.printf(
        "%n=== Orderpool is ready in %.1f s: %s/ ===%n"
            + "Platform admin : %s / %s%n"
            + demoInfo
            + mailInfo
            + "Payara Micro pid %d. Press Ctrl-C to stop.%n",
        seconds,
        payara.baseUrl(),
        settings.get("orderpool.admin.email"),
        adminInfo,
        payara.pid());
    Thread.currentThread().join();
  }

  /** Whether a server accepts connections on this loopback port. */
  private static boolean listens(int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2000);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** A password as it may stand in a URL's user info (and in a printf format). */
  private static String urlPart(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%", "%%");
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
