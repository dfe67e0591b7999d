package com.orderpool.tenancy;

import com.orderpool.core.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Puts a new tenant on a database server in the shard map, before its schema is made there: the one
 * the platform admin picked, or the emptiest of the servers open to automatic placement.
 */
@ApplicationScoped
public class TenantPlacement {
  @Inject DbServers servers;
  @Inject ShardStore store;
  @Inject ShardMap shards;

  /** Maps the tenant to a server and answers which; {@code picked} may be null. */
  public String place(String code, String picked) {
    String server;
    if (picked != null) {
      if (!servers.isConfigured(picked)) {
        throw new BusinessException("dbServer", "tenant.dbServer.unknown", picked);
      }
      server = picked;
    } else {
      server =
          ShardPlacement.emptiest(
              servers.names().stream().filter(servers::automatic).toList(),
              store.tenantsPerServer());
    }
    store.insert(code, server);
    shards.forget(code);
    return server;
  }

  /** Takes the tenant off the map again (its provisioning failed). */
  public void unplace(String code) {
    store.delete(code);
    shards.forget(code);
  }
}
