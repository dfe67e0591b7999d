package com.orderpool.tenancy;

import java.io.Serializable;
import java.time.Instant;

/**
 * A tenant's row of the shard map: its database server, whether it takes writes now, the map's
 * version for the tenant (one up at every move), and the state of a move under way or last made.
 */
public record Shard(
    String tenant,
    String server,
    boolean writable,
    long epoch,
    String moveTarget,
    MoveState moveState,
    int movePercent,
    String moveDetail,
    Instant moveChangedAt)
    implements Serializable {

  /** A tenant on the default server that is not in the map (yet): how tenants were before. */
  static Shard unmapped(String tenant) {
    return new Shard(tenant, ServerConfig.DEFAULT, true, 0, null, null, 0, null, null);
  }

  /** Where a move stands; {@link #DONE} and {@link #FAILED} are ends. */
  public enum MoveState {
    READ_ONLY,
    COPYING,
    VERIFYING,
    SWITCHING,
    DONE,
    FAILED;

    public boolean running() {
      return this != DONE && this != FAILED;
    }
  }

  public boolean moving() {
    return moveState != null && moveState.running();
  }
}
