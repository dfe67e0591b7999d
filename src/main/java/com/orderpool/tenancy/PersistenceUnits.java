package com.orderpool.tenancy;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;

/**
 * The application's data source and persistence unit. Connection settings come from configuration
 * ({@code orderpool.db.url|user|password}, or the {@code ORDERPOOL_DB_*} environment variables).
 */
@DataSourceDefinition(
    name = PersistenceUnits.DATA_SOURCE,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=orderpool.db.url}",
    user = "${MPCONFIG=orderpool.db.user}",
    password = "${MPCONFIG=orderpool.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      // Connector/J: keep each statement's parsed form per connection, and answer isolation and
      // autocommit from the state it knows instead of asking the server (a round trip each, five
      // to ten per API order)
      "cachePrepStmts=true",
      "prepStmtCacheSize=500",
      "prepStmtCacheSqlLimit=4096",
      "useLocalSessionState=true",
      "cacheServerConfiguration=true",
      "maintainTimeStats=false",
      // EclipseLink 4.0 leaves the statement of an INSERT with a generated id (and its keys'
      // result set) open (eclipse-ee4j/eclipselink#2366); the driver tracked each one on its
      // pooled connection for the connection's life: about 40 KB of heap per order placed, until
      // the server ran out of memory. Untracked, an unclosed statement is collected.
      "dontTrackOpenResources=true"
    })
@ApplicationScoped
public class PersistenceUnits {
  public static final String DATA_SOURCE = "java:app/jdbc/orderpool";
  public static final String UNIT = "orderpool";

  @PersistenceUnit(unitName = UNIT)
  EntityManagerFactory emf;

  public EntityManagerFactory emf() {
    return emf;
  }

  /**
   * Looks the unit up now, on the calling thread. The injected factory finds its unit through the
   * calling component on first use and keeps it; used first on a thread of an executor of ours (an
   * SFTP upload), it finds none. {@link TenancyStartup} calls this while the application starts.
   */
  boolean resolve() {
    return emf != null && emf.isOpen();
  }
}
