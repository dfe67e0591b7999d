package com.orderpool.platform.control;

import com.orderpool.orders.control.OrderActivity;
import com.orderpool.platform.entity.TenantStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One tenant's line on the platform console's usage page. Revenue is in the tenant's currency; the
 * totals of orders placed in other currencies (before the tenant changed its currency) are kept
 * apart, never added up. The order figures are null when the tenant's schema could not be read.
 */
public final class TenantUsage implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String name;
  private final TenantStatus status;
  private final OrderActivity orders;
  private final long activeUsers;
  private final long databaseBytes;
  private final long fileBytes;
  private final Instant lastActivity;

  public TenantUsage(
      String code,
      String name,
      TenantStatus status,
      OrderActivity orders,
      long activeUsers,
      Instant lastSignIn,
      long databaseBytes,
      long fileBytes) {
    this.code = code;
    this.name = name;
    this.status = status;
    this.orders = orders;
    this.activeUsers = activeUsers;
    this.databaseBytes = databaseBytes;
    this.fileBytes = fileBytes;
    this.lastActivity =
        Stream.of(
                lastSignIn,
                orders == null ? null : orders.lastOrderAt(),
                orders == null ? null : orders.lastHistoryAt())
            .filter(java.util.Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  /** Whether the order figures could be read from the tenant's schema. */
  public boolean isMeasured() {
    return orders != null;
  }

  /** The tenant's currency (its setting now); null when not measured. */
  public String getCurrency() {
    return orders == null ? null : orders.currency();
  }

  public Long getOrdersThisMonth() {
    return orders == null ? null : orders.ordersThisMonth();
  }

  public Long getOrdersLastMonth() {
    return orders == null ? null : orders.ordersLastMonth();
  }

  /** Totals of this month's orders in the tenant's currency, cancelled ones excluded. */
  public BigDecimal getRevenueThisMonth() {
    return orders == null ? null : inCurrency(orders.revenueThisMonth());
  }

  public BigDecimal getRevenueLastMonth() {
    return orders == null ? null : inCurrency(orders.revenueLastMonth());
  }

  /** This month's totals in other currencies than the tenant's, by currency (usually none). */
  public Map<String, BigDecimal> getOtherRevenueThisMonth() {
    return orders == null ? Map.of() : others(orders.revenueThisMonth());
  }

  public Map<String, BigDecimal> getOtherRevenueLastMonth() {
    return orders == null ? Map.of() : others(orders.revenueLastMonth());
  }

  public long getActiveUsers() {
    return activeUsers;
  }

  /** The tenant schema's tables, data and indexes, as the database reports them. */
  public long getDatabaseBytes() {
    return databaseBytes;
  }

  /** The tenant's folder of files: attachments, thumbnails, logo. */
  public long getFileBytes() {
    return fileBytes;
  }

  public long getStorageBytes() {
    return databaseBytes + fileBytes;
  }

  /** The latest of: last order placed, last order history entry, last sign-in; null if none. */
  public Instant getLastActivity() {
    return lastActivity;
  }

  private BigDecimal inCurrency(Map<String, BigDecimal> sums) {
    return sums.getOrDefault(orders.currency(), BigDecimal.ZERO.setScale(2));
  }

  private Map<String, BigDecimal> others(Map<String, BigDecimal> sums) {
    Map<String, BigDecimal> rest = new TreeMap<>(sums);
    rest.remove(orders.currency());
    rest.values().removeIf(v -> v.signum() == 0);
    return rest;
  }
}
