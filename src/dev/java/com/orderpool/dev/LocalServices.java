package com.orderpool.dev;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code deploy/run} and {@code deploy/cluster} start around the application servers: the
 * embedded MariaDB (data in {@code var/db}) unless ORDERPOOL_DB_URL points elsewhere, a GreenMail
 * mail server unless ORDERPOOL_SMTP_HOST names a real one, and the settings every application
 * server of the run gets (database, mail, demo data, SFTP, platform admin, base URL, data folders).
 * Demo tenants and the demo password are set up on the embedded database only.
 */
final class LocalServices implements AutoCloseable {
  final Map<String, String> settings = new LinkedHashMap<>();
  final boolean embedded;
  final EmbeddedDatabase db;

  /**
   * A second embedded database server ({@code second}), started when {@code
   * ORDERPOOL_EMBEDDED_DB_SERVERS=2}: tenants can be placed on it or moved to it.
   */
  final EmbeddedDatabase secondDb;

  final MailServer mail;
  final String externalSmtp;
  final String demoPassword;
  final String adminPassword;
  final String demoApiKey;
  final String demoSftpPassword;
  final int sftpPort;

  /**
   * Starts the database and the mail server as configured and gathers the settings.
   *
   * @param var the run's data folder
   * @param baseUrl the address users reach the application at (links in e-mails)
   */
  LocalServices(File var, String baseUrl) {
    String externalUrl = System.getenv("ORDERPOOL_DB_URL");
    embedded = externalUrl == null || externalUrl.isBlank();
    // Demo data and the demo password exist on the embedded database only.
    demoPassword = embedded ? env("ORDERPOOL_DEMO_PASSWORD", "orderpool-demo") : null;
    adminPassword = env("ORDERPOOL_ADMIN_PASSWORD", demoPassword);
    if (embedded) {
      int dbPort = Integer.parseInt(env("ORDERPOOL_EMBEDDED_DB_PORT", "3307"));
      db = EmbeddedDatabase.start(new File(var, "mariadb"), new File(var, "db"), dbPort);
      settings.put("orderpool.db.url", db.jdbcUrl());
      settings.put("orderpool.db.user", EmbeddedDatabase.USER);
      settings.put("orderpool.db.password", EmbeddedDatabase.PASSWORD);
      settings.put("orderpool.db.embedded-url", db.jdbcUrl());
      System.out.println(
          "Embedded MariaDB on port " + db.port() + ", data in " + new File(var, "db"));
    } else {
      db = null;
    }
    if (embedded && "2".equals(env("ORDERPOOL_EMBEDDED_DB_SERVERS", "1"))) {
      int port = Integer.parseInt(env("ORDERPOOL_EMBEDDED_DB2_PORT", "3308"));
      secondDb = EmbeddedDatabase.start(new File(var, "mariadb2"), new File(var, "db2"), port);
      settings.put("orderpool.db.servers", "main,second");
      settings.put("orderpool.db.server.second.url", secondDb.jdbcUrl());
      settings.put("orderpool.db.server.second.user", EmbeddedDatabase.USER);
      settings.put("orderpool.db.server.second.password", EmbeddedDatabase.PASSWORD);
      System.out.println(
          "Second embedded MariaDB (database server \"second\") on port "
              + secondDb.port()
              + ", data in "
              + new File(var, "db2"));
    } else {
      secondDb = null;
    }
    externalSmtp = System.getenv("ORDERPOOL_SMTP_HOST");
    if (externalSmtp == null || externalSmtp.isBlank()) {
      mail =
          MailServer.start(
              Integer.parseInt(env("ORDERPOOL_MAIL_SMTP_PORT", "3025")),
              Integer.parseInt(env("ORDERPOOL_MAIL_IMAP_PORT", "3143")));
      settings.put("orderpool.smtp.host", MailServer.HOST);
      settings.put("orderpool.smtp.port", String.valueOf(mail.smtpPort()));
    } else {
      mail = null;
    }
    if (embedded) {
      String packs = System.getenv("ORDERPOOL_DEMO_PACKS");
      settings.put("orderpool.demo.packs", packs == null ? "bfg,acm" : packs);
      settings.put("orderpool.demo.password", demoPassword);
      demoApiKey = DemoApiKey.load(new File(var, "demo-api-key.txt"));
      settings.put("orderpool.demo.api-key", demoApiKey);
    } else {
      demoApiKey = null;
    }
    // the SFTP inbox server (on loopback unless ORDERPOOL_SFTP_HOST says otherwise)
    sftpPort = Integer.parseInt(env("ORDERPOOL_SFTP_PORT", "2222"));
    settings.put("orderpool.sftp.port", String.valueOf(sftpPort));
    settings.put("orderpool.sftp.host", env("ORDERPOOL_SFTP_HOST", "127.0.0.1"));
    if (embedded) {
      demoSftpPassword = env("ORDERPOOL_DEMO_SFTP_PASSWORD", demoPassword);
      settings.put("orderpool.demo.sftp-password", demoSftpPassword);
    } else {
      demoSftpPassword = null;
    }
    if (adminPassword != null) {
      settings.put("orderpool.admin.password", adminPassword);
    }
    settings.put("orderpool.admin.email", env("ORDERPOOL_ADMIN_EMAIL", "admin@orderpool.local"));
    // Links in e-mails come from this address only, never from a request's Host header.
    settings.put("orderpool.base.url", env("ORDERPOOL_BASE_URL", baseUrl));
    settings.put("orderpool.data.dir", env("ORDERPOOL_DATA_DIR", var.getAbsolutePath()));
    settings.put(
        "orderpool.storage.root",
        env("ORDERPOOL_STORAGE_ROOT", new File(var, "storage").getAbsolutePath()));
  }

  /** The logins, demo data, API key, SFTP and mail lines of the ready banner. */
  String logins() {
    String mailInfo =
        mail == null
            ? "E-mail         : SMTP " + externalSmtp + " (ORDERPOOL_SMTP_HOST)\n"
            : "E-mail         : GreenMail, SMTP "
                + MailServer.HOST
                + ":"
                + mail.smtpPort()
                + ", read it over IMAP at "
                + MailServer.HOST
                + ":"
                + mail.imapPort()
                + " (user = recipient address, any password)\n";
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
                + "\nDemo tenant ACM: admin@acme.example, staff@acme.example / "
                + demoPassword
                + "\nAPI key (BFG): "
                + demoApiKey
                + "\n"
                + (listens(sftpPort)
                    ? "SFTP (BFG): sftp://bfg:"
                        + urlPart(demoSftpPassword)
                        + "@127.0.0.1:"
                        + sftpPort
                        + "/\n"
                    : "SFTP: nothing listens on 127.0.0.1:"
                        + sftpPort
                        + " (see the server log; ORDERPOOL_SFTP_PORT)\n")
            : "External database: no demo tenants.\n";
    return "Platform admin : "
        + settings.get("orderpool.admin.email")
        + " / "
        + adminInfo
        + "\n"
        + demoInfo
        + mailInfo;
  }

  /** Stops the database and the mail server, if this run started them. */
  @Override
  public void close() {
    if (db != null) {
      db.close();
    }
    if (secondDb != null) {
      secondDb.close();
    }
    if (mail != null) {
      mail.close();
    }
  }

  /** Whether a server accepts connections on this loopback port. */
  static boolean listens(int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2000);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** A password as it may stand in a URL's user info. */
  private static String urlPart(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
