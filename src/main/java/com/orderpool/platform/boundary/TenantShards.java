package com.orderpool.platform.boundary;

import static com.orderpool.tenancy.Roles.PLATFORM_ADMIN;

import com.orderpool.platform.control.PlatformStore;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.DbServers;
import com.orderpool.tenancy.Shard;
import com.orderpool.tenancy.ShardMap;
import com.orderpool.tenancy.ShardStore;
import com.orderpool.tenancy.TenantMover;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The platform admin's view of the database servers: which exist and how many tenants each holds,
 * where a tenant lives, and moving a tenant to another server (platform admins only).
 */
@Allow(PLATFORM_ADMIN)
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantShards {
  @Inject DbServers servers;
  @Inject ShardStore store;
  @Inject ShardMap shards;
  @Inject TenantMover mover;
  @Inject PlatformStore platform;

  /** A configured server, its tenants, and whether new tenants go there without being picked. */
  public record ServerRow(String name, int tenants, boolean automatic) implements Serializable {}

  public List<ServerRow> servers() {
    Map<String, Integer> counts = store.tenantsPerServer();
    return servers.names().stream()
        .map(n -> new ServerRow(n, counts.getOrDefault(n, 0), servers.automatic(n)))
        .toList();
  }

  /** The tenant's row of the shard map as stored now, with the state of its last move. */
  public Shard shard(@NotNull String code) {
    return shards.fresh(platform.requireTenant(code).getCode());
  }

  /**
   * Starts moving the tenant to another server; it is read-only until the move ends. Progress and
   * the outcome show in {@link #shard}.
   */
  public void move(@NotNull String code, @NotNull String target) {
    mover.start(platform.requireTenant(code).getCode(), target);
  }
}
