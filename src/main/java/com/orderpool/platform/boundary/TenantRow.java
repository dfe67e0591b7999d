package com.orderpool.platform.boundary;

import com.orderpool.platform.entity.TenantStatus;
import java.io.Serializable;
import java.time.Instant;

/** One line of the platform console's tenant list. */
public record TenantRow(
    String code,
    String name,
    TenantStatus status,
    String locale,
    String currency,
    Instant createdAt,
    long users,
    long orders,
    String dbServer)
    implements Serializable {

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }
}
