package com.orderpool.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shard map's table in the platform schema, read and written outside any transaction of the
 * caller, through a pool of its own ({@link DbServers#control}): a map change commits at once, a
 * tenant's transaction never holds a platform row, and the map can be read while a transaction
 * commits.
 */
@ApplicationScoped
public class ShardStore {
  private static final String TABLE = TenantSchema.PLATFORM + ".tenant_shard";
  private static final String COLUMNS =
      "tenant_code, db_server, writable, epoch, move_target, move_state, move_percent,"
          + " move_detail, move_changed_at";

  @Inject DbServers servers;

  public Optional<Shard> find(String code) {
    return query(
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE tenant_code = ?",
        ps -> {
          ps.setString(1, code);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.<Shard>empty();
          }
        });
  }

  /** How many tenants each server holds (servers without tenants are missing). */
  public Map<String, Integer> tenantsPerServer() {
    return query(
        "SELECT db_server, COUNT(*) FROM " + TABLE + " GROUP BY db_server",
        ps -> {
          Map<String, Integer> m = new LinkedHashMap<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              m.put(rs.getString(1), rs.getInt(2));
            }
          }
          return m;
        });
  }

  /** Puts a new tenant on a server; fails if the tenant is mapped already. */
  public void insert(String code, String server) {
    update("INSERT INTO " + TABLE + " (tenant_code, db_server) VALUES (?, ?)", code, server);
  }

  public void delete(String code) {
    update("DELETE FROM " + TABLE + " WHERE tenant_code = ?", code);
  }

  /**
   * Starts a move: the tenant becomes read-only. False when it is on another server than {@code
   * from} or a move is under way already (another admin, another node).
   */
  public boolean startMove(String code, String from, String target, Instant now) {
    return update(
            "UPDATE "
                + TABLE
                + " SET writable = FALSE, move_target = ?, move_state = 'READ_ONLY',"
                + " move_percent = 0, move_detail = NULL, move_changed_at = ?"
                + " WHERE tenant_code = ? AND db_server = ? AND (move_state IS NULL"
                + " OR move_state IN ('DONE', 'FAILED'))",
            target,
            Timestamp.from(now),
            code,
            from)
        == 1;
  }

  public void progress(String code, Shard.MoveState state, int percent, Instant now) {
    update(
        "UPDATE "
            + TABLE
            + " SET move_state = ?, move_percent = ?, move_changed_at = ?"
            + " WHERE tenant_code = ?",
        state.name(),
        percent,
        Timestamp.from(now),
        code);
  }

  /** Points the tenant at its new server; the epoch goes up, so old transactions are refused. */
  public void switchServer(String code, String server, Instant now) {
    update(
        "UPDATE "
            + TABLE
            + " SET db_server = ?, epoch = epoch + 1, move_state = 'SWITCHING',"
            + " move_percent = 95, move_changed_at = ? WHERE tenant_code = ?",
        server,
        Timestamp.from(now),
        code);
  }

  /** Ends a move, done or failed (with the reason): the tenant takes writes again. */
  public void endMove(String code, Shard.MoveState end, String detail, Instant now) {
    update(
        "UPDATE "
            + TABLE
            + " SET writable = TRUE, move_state = ?, move_percent = ?,"
            + " move_detail = ?, move_changed_at = ? WHERE tenant_code = ?",
        end.name(),
        end == Shard.MoveState.DONE ? 100 : 0,
        detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)),
        Timestamp.from(now),
        code);
  }

  private static Shard row(ResultSet rs) throws SQLException {
    Timestamp changed = rs.getTimestamp(9);
    String state = rs.getString(6);
    return new Shard(
        rs.getString(1),
        rs.getString(2),
        rs.getBoolean(3),
        rs.getLong(4),
        rs.getString(5),
        state == null ? null : Shard.MoveState.valueOf(state),
        rs.getInt(7),
        rs.getString(8),
        changed == null ? null : changed.toInstant());
  }

  private int update(String sql, Object... args) {
    return query(
        sql,
        ps -> {
          for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
          }
          return ps.executeUpdate();
        });
  }

  private <T> T query(String sql, SqlWork<T> work) {
    try (Connection c = servers.control().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      return work.run(ps);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private interface SqlWork<T> {
    T run(PreparedStatement ps) throws SQLException;
  }
}
