package com.orderpool.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Rows of the platform and tenant schemas read and written with plain SQL, past any cache. */
final class PlatformRows {
  private final DataSource dataSource;

  PlatformRows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  String passwordHash(String email) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT password_hash FROM orderpool_platform.user_account WHERE email = ?")) {
      s.setString(1, email);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), "no account " + email);
        return rs.getString(1);
      }
    }
  }

  /** Runs an update that must change exactly one row. */
  void update(String sql, String... params) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      assertEquals(1, s.executeUpdate());
    }
  }
}
