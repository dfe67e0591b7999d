package com.orderpool.platform.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The platform console's usage figures of every tenant, by code: the months they cover, the time
 * zone those months are in, and when they were measured.
 */
public record UsageReport(
    UsageMonths months, ZoneId zone, Instant measuredAt, List<TenantUsage> tenants)
    implements Serializable {

  public UsageReport {
    tenants = List.copyOf(tenants);
  }

  public long totalOrdersThisMonth() {
    return sum(u -> Objects.requireNonNullElse(u.getOrdersThisMonth(), 0L));
  }

  public long totalOrdersLastMonth() {
    return sum(u -> Objects.requireNonNullElse(u.getOrdersLastMonth(), 0L));
  }

  public long totalActiveUsers() {
    return sum(TenantUsage::getActiveUsers);
  }

  public long totalStorageBytes() {
    return sum(TenantUsage::getStorageBytes);
  }

  private long sum(ToLongFunction<TenantUsage> figure) {
    return tenants.stream().mapToLong(figure).sum();
  }
}
