package com.orderpool.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Test-only: spoils the copy of one tenant's schema right after a move copied it (deletes a row),
 * so the move's verification must fail.
 */
@ApplicationScoped
public class CopySpoiler {
  static volatile String tenant;
  static volatile String table;

  @Inject DbServers servers;

  void spoil(@Observes SchemaCopied copied) throws SQLException {
    if (!copied.tenant().equals(tenant)) {
      return;
    }
    try (Connection c = servers.dataSource(copied.server()).getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      s.executeUpdate("DELETE FROM `" + TenantSchema.of(tenant) + "`.`" + table + "` LIMIT 1");
      s.execute("SET FOREIGN_KEY_CHECKS = 1");
    }
  }
}
