package com.orderpool.tenancy;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves a tenant's schema to another database server, in the background: the tenant becomes
 * read-only (every node sees it within the map's cache time), its tables are read-locked on the old
 * server (writes under way finish first), copied to the new one and verified (row counts and a
 * checksum per table); then the map points at the new server with a new epoch (a write that began
 * before is refused at commit), caches and pools are dropped, the old schema is dropped and the
 * tenant takes writes again. A failed copy or verify drops the copy and leaves the tenant where it
 * was, writable, with the reason in the map.
 */
@ApplicationScoped
public class TenantMover {
  private static final Logger LOG = Logger.getLogger(TenantMover.class.getName());

  @Inject ShardStore store;
  @Inject ShardMap shards;
  @Inject DbServers servers;
  @Inject SchemaMigrator migrator;
  @Inject SchemaCopier copier;
  @Inject TenantUnits units;
  @Inject Event<SchemaCopied> copied;
  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  /** Starts moving the tenant to {@code target}; the move goes on in the background. */
  public void start(String code, String target) {
    Shard shard = shards.fresh(code);
    if (!servers.isConfigured(target)) {
      throw new BusinessException("target", "tenant.dbServer.unknown", target);
    }
    if (shard.server().equals(target)) {
      throw new BusinessException("target", "tenant.move.sameServer", target);
    }
    if (!store.startMove(code, shard.server(), target, clock.instant())) {
      throw new ConflictException(null, "tenant.move.running", code);
    }
    shards.forget(code);
    LOG.info(() -> "moving tenant " + code + " from " + shard.server() + " to " + target);
    executor.execute(() -> move(code, shard.server(), target));
  }

  private void move(String code, String from, String to) {
    boolean switched = false;
    boolean created = false;
    String schema = TenantSchema.of(code);
    try {
      settle();
      try (Connection source = servers.dataSource(from).getConnection()) {
        List<SchemaCopier.Table> tables = copier.tables(source, schema);
        copier.lock(source, schema, tables);
        try {
          long total = 0;
          for (SchemaCopier.Table t : tables) {
            total += copier.count(source, schema, t);
          }
          progress(code, Shard.MoveState.COPYING, 5);
          migrator.createTenantSchemaOn(to, code);
          created = true;
          AtomicLong done = new AtomicLong();
          long all = Math.max(1, total);
          copier.copy(
              source,
              servers.dataSource(to),
              schema,
              tables,
              n ->
                  progress(
                      code, Shard.MoveState.COPYING, 5 + (int) (65 * done.addAndGet(n) / all)));
          copied.fire(new SchemaCopied(code, to));
          progress(code, Shard.MoveState.VERIFYING, 75);
          Map<String, TableChecksum.Sum> before = copier.sums(source, schema, tables);
          Map<String, TableChecksum.Sum> after;
          try (Connection target = servers.dataSource(to).getConnection()) {
            after = copier.sums(target, schema, copier.tables(target, schema));
          }
          List<String> differences = TableChecksum.differences(before, after);
          if (!differences.isEmpty()) {
            throw new VerifyFailed(String.join("; ", differences));
          }
          store.switchServer(code, to, clock.instant());
          switched = true;
          dropCaches(code, from);
          settle(); // every node sees the new server before the old tables unlock
        } finally {
          copier.unlock(source);
        }
      }
      migrator.dropTenantSchemaOn(from, code);
      servers.evict(from);
      store.endMove(code, Shard.MoveState.DONE, null, clock.instant());
      LOG.info(() -> "tenant " + code + " moved from " + from + " to " + to);
    } catch (RuntimeException | SQLException e) {
      fail(code, from, to, switched, created, e);
    } finally {
      shards.forget(code);
    }
  }

  private void fail(
      String code, String from, String to, boolean switched, boolean created, Exception e) {
    String reason = e instanceof VerifyFailed ? e.getMessage() : e.toString();
    if (switched) {
      // the tenant is on its new server already; only the old schema's clean-up went wrong
      LOG.log(Level.WARNING, "tenant " + code + " moved, but its old schema stays on " + from, e);
      store.endMove(code, Shard.MoveState.DONE, reason, clock.instant());
      return;
    }
    LOG.log(Level.WARNING, "moving tenant " + code + " to " + to + " failed: " + reason, e);
    if (created) {
      try {
        migrator.dropTenantSchemaOn(to, code);
      } catch (RuntimeException dropFailed) {
        LOG.log(
            Level.WARNING, "the copy of " + code + " on " + to + " was not dropped", dropFailed);
      }
    }
    store.endMove(code, Shard.MoveState.FAILED, reason, clock.instant());
  }

  private void dropCaches(String code, String from) {
    shards.forget(code);
    units.retire(code);
    servers.evict(from);
  }

  private void progress(String code, Shard.MoveState state, int percent) {
    store.progress(code, state, percent, clock.instant());
  }

  /** Waits until every node's cached map entry has expired (twice its time, plus a margin). */
  private void settle() {
    try {
      Thread.sleep(2 * shards.cacheMillis() + 250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The copy is not equal to the source. */
  private static final class VerifyFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VerifyFailed(String differences) {
      super(differences);
    }
  }
}
