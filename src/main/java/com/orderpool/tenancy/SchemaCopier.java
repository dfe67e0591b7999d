package com.orderpool.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Copies a schema's tables (definitions and rows) to another server over JDBC, and sums them
 * ({@link TableChecksum}). The source is read through one connection, which the caller may hold
 * read locks on.
 */
@ApplicationScoped
public class SchemaCopier {
  private static final int BATCH = 500;

  /** A table's definition and primary key, read before the tables are locked. */
  public record Table(String name, String ddl, List<String> key) {}

  public List<Table> tables(Connection source, String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps =
        source.prepareStatement(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    List<Table> tables = new ArrayList<>();
    for (String name : names) {
      String ddl;
      try (Statement s = source.createStatement();
          ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + q(schema, name))) {
        rs.next();
        ddl = rs.getString(2);
      }
      tables.add(new Table(name, ddl, key(source, schema, name)));
    }
    return tables;
  }

  /** Read-locks the tables on the source connection: in-flight writes finish first. */
  public void lock(Connection source, String schema, List<Table> tables) throws SQLException {
    StringBuilder sql = new StringBuilder("LOCK TABLES ");
    for (int i = 0; i < tables.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(q(schema, tables.get(i).name())).append(" READ");
    }
    try (Statement s = source.createStatement()) {
      s.execute(sql.toString());
    }
  }

  public void unlock(Connection source) throws SQLException {
    try (Statement s = source.createStatement()) {
      s.execute("UNLOCK TABLES");
    }
  }

  public long count(Connection c, String schema, Table t) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + q(schema, t.name()))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Creates the tables in the (existing, empty) schema on the target and copies the rows. */
  public void copy(
      Connection source, DataSource target, String schema, List<Table> tables, LongConsumer rows)
      throws SQLException {
    try (Connection t = target.getConnection()) {
      t.setCatalog(schema);
      try (Statement s = t.createStatement()) {
        s.execute("SET FOREIGN_KEY_CHECKS = 0");
      }
      try {
        for (Table table : tables) {
          try (Statement s = t.createStatement()) {
            s.execute(table.ddl());
          }
          copyRows(source, t, schema, table, rows);
        }
      } finally {
        try (Statement s = t.createStatement()) {
          s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
      }
    }
  }

  private void copyRows(
      Connection source, Connection target, String schema, Table table, LongConsumer rows)
      throws SQLException {
    boolean auto = target.getAutoCommit();
    target.setAutoCommit(false);
    try (Statement read = streaming(source)) {
      try (ResultSet rs = read.executeQuery("SELECT * FROM " + q(schema, table.name()))) {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        StringBuilder cols = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          cols.append(i == 1 ? "" : ", ").append('`').append(md.getColumnName(i)).append('`');
          marks.append(i == 1 ? "?" : ", ?");
        }
        try (PreparedStatement insert =
            target.prepareStatement(
                "INSERT INTO "
                    + q(schema, table.name())
                    + " ("
                    + cols
                    + ") VALUES ("
                    + marks
                    + ")")) {
          int pending = 0;
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              Object v = rs.getObject(i);
              if (v == null) {
                insert.setNull(
                    i, md.getColumnType(i) == Types.NULL ? Types.VARCHAR : md.getColumnType(i));
              } else {
                insert.setObject(i, v);
              }
            }
            insert.addBatch();
            if (++pending == BATCH) {
              insert.executeBatch();
              target.commit();
              rows.accept(pending);
              pending = 0;
            }
          }
          if (pending > 0) {
            insert.executeBatch();
            target.commit();
            rows.accept(pending);
          }
        }
      }
    } catch (SQLException e) {
      target.rollback();
      throw e;
    } finally {
      target.setAutoCommit(auto);
    }
  }

  /** Count and checksum of every table, rows in key order. */
  public Map<String, TableChecksum.Sum> sums(Connection c, String schema, List<Table> tables)
      throws SQLException {
    Map<String, TableChecksum.Sum> sums = new LinkedHashMap<>();
    for (Table t : tables) {
      TableChecksum sum = new TableChecksum();
      String order = String.join(", ", t.key().stream().map(k -> "`" + k + "`").toList());
      try (Statement s = streaming(c);
          ResultSet rs =
              s.executeQuery(
                  "SELECT * FROM "
                      + q(schema, t.name())
                      + (order.isEmpty() ? "" : " ORDER BY " + order))) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int i = 1; i <= n; i++) {
            Object v = rs.getObject(i);
            row[i - 1] = v instanceof byte[] ? v : rs.getString(i);
          }
          sum.row(row);
        }
      }
      sums.put(t.name(), sum.sum());
    }
    return sums;
  }

  /**
   * The primary key's columns, else all columns (a table without a key is summed in full order).
   */
  private static List<String> key(Connection c, String schema, String table) throws SQLException {
    List<String> key = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.statistics WHERE table_schema = ?"
                + " AND table_name = ? AND index_name = 'PRIMARY' ORDER BY seq_in_index")) {
      ps.setString(1, schema);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          key.add(rs.getString(1));
        }
      }
    }
    if (key.isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT column_name FROM information_schema.columns WHERE table_schema = ?"
                  + " AND table_name = ? ORDER BY ordinal_position")) {
        ps.setString(1, schema);
        ps.setString(2, table);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            key.add(rs.getString(1));
          }
        }
      }
    }
    return key;
  }

  /** A statement whose rows come one by one instead of all into memory (Connector/J's way). */
  private static Statement streaming(Connection c) throws SQLException {
    Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    s.setFetchSize(Integer.MIN_VALUE);
    return s;
  }

  private static String q(String schema, String table) {
    return "`" + schema + "`.`" + table + "`";
  }
}
