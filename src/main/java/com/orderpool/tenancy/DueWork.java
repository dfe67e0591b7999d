package com.orderpool.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The platform's list of tenants with background work due ({@code due_work}), so a relay visits
 * only those tenants instead of every one on every tick. A {@link Signal} fired in the transaction
 * that queues the work marks its tenant in that same transaction (one connection: both commit or
 * neither), so a crash loses no marker. A relay reads the due markers, sweeps those tenants, and
 * {@link #settle settles} each one: cleared when nothing is pending, else moved to the next due
 * time; a marker written again meanwhile (its {@code seq} moved on) is left due.
 */
@ApplicationScoped
public class DueWork {
  /** Mail in the outbox ({@code notifications}). */
  public static final String MAIL = "MAIL";

  /** Webhook deliveries ({@code webhooks}). */
  public static final String WEBHOOK = "WEBHOOK";

  /** Import jobs queued or running ({@code imports}). */
  public static final String IMPORT = "IMPORT";

  /** Download jobs queued or running ({@code reports}). */
  public static final String DOWNLOAD = "DOWNLOAD";

  private static final String TABLE = TenantSchema.PLATFORM + ".due_work";

  /** An event type that marks its tenant's work of a kind as due now, in the firing transaction. */
  public interface Signal {
    String tenantCode();

    String dueKind();
  }

  /** A tenant's marker as read: settle with this {@code seq}. */
  public record Marker(String tenantCode, long seq) {}

  @Inject Clock clock;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry registry;

  /** True once the container's resources are injected (see {@link TenancyStartup}). */
  boolean ready() {
    return registry != null && dataSource != null;
  }

  /**
   * Marks in the firing transaction, as its last write (just before it commits): the marker's row
   * lock is then held only while the transaction commits, never while it waits for another lock, so
   * queuing work adds no lock cycle. Outside a transaction nothing was queued.
   */
  void onSignal(@Observes Signal signal) {
    if (registry.getTransactionKey() == null) {
      return;
    }
    Marks marks = (Marks) registry.getResource(Marks.class);
    if (marks == null) {
      marks = new Marks();
      registry.putResource(Marks.class, marks);
      registry.registerInterposedSynchronization(marks);
    }
    marks.add(signal.dueKind(), signal.tenantCode());
  }

  /** One transaction's markers, written as it ends. */
  private final class Marks implements Synchronization {
    /** By kind, then tenant: every transaction takes marker rows in one order, so none deadlock. */
    private final Set<List<String>> kindAndTenant =
        new TreeSet<>(
            Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));

    void add(String kind, String tenantCode) {
      kindAndTenant.add(List.of(kind, tenantCode));
    }

    @Override
    public void beforeCompletion() {
      if (registry.getRollbackOnly()) {
        return;
      }
      Instant now = clock.instant();
      // the transaction's own connection: the markers commit with the work, or neither does
      for (List<String> k : kindAndTenant) {
        markNow(k.get(0), k.get(1), now);
      }
    }

    @Override
    public void afterCompletion(int status) {
      // nothing kept
    }
  }

  /** Active tenants whose work of {@code kind} is due at {@code now}, earliest first. */
  public List<Marker> due(String kind, Instant now, int max) {
    String sql =
        "SELECT d.tenant_code, d.seq FROM "
            + TABLE
            + " d JOIN "
            + TenantSchema.PLATFORM
            + ".tenant t ON t.code = d.tenant_code"
            + " WHERE d.kind = ? AND d.due_at <= ? AND t.status = 'ACTIVE'"
            + " ORDER BY d.due_at LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, kind);
      s.setTimestamp(2, Timestamp.from(now));
      s.setInt(3, max);
      List<Marker> due = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          due.add(new Marker(r.getString(1), r.getLong(2)));
        }
      }
      return due;
    } catch (SQLException e) {
      throw new IllegalStateException("due work not readable: " + e.getMessage(), e);
    }
  }

  /** The tenant's marker of {@code kind}, if it has one (for sweeps that did not start from it). */
  public Optional<Marker> marker(String kind, String tenantCode) {
    String sql = "SELECT seq FROM " + TABLE + " WHERE kind = ? AND tenant_code = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, kind);
      s.setString(2, tenantCode);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(new Marker(tenantCode, r.getLong(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("due work not readable: " + e.getMessage(), e);
    }
  }

  /**
   * After a sweep of the marker's tenant: clears the marker when nothing is pending ({@code next}
   * empty), else makes it due at {@code next}; unless it was written since it was read, when it
   * stays due for the next tick. Returns whether the marker was changed.
   */
  public boolean settle(String kind, Marker marker, Optional<Instant> next) {
    String sql =
        next.isEmpty()
            ? "DELETE FROM " + TABLE + " WHERE kind = ? AND tenant_code = ? AND seq = ?"
            : "UPDATE " + TABLE + " SET due_at = ? WHERE kind = ? AND tenant_code = ? AND seq = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      if (next.isPresent()) {
        s.setTimestamp(i++, Timestamp.from(next.get()));
      }
      s.setString(i++, kind);
      s.setString(i++, marker.tenantCode());
      s.setLong(i, marker.seq());
      return s.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("due work not settled: " + e.getMessage(), e);
    }
  }

  /**
   * Marks {@code kind} due for a tenant from {@code at}: in the caller's transaction if there is
   * one, else on its own (a full sweep that found work without a marker).
   */
  public void markNow(String kind, String tenantCode, Instant at) {
    String sql =
        "INSERT INTO "
            + TABLE
            + " (kind, tenant_code, due_at, seq) VALUES (?, ?, ?, 0)"
            + " ON DUPLICATE KEY UPDATE due_at = LEAST(due_at, VALUES(due_at)), seq = seq + 1";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, kind);
      s.setString(2, tenantCode);
      s.setTimestamp(3, Timestamp.from(at));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("due work not marked: " + e.getMessage(), e);
    }
  }
}
