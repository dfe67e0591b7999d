package com.orderpool.platform.boundary;

import static com.orderpool.tenancy.Roles.PLATFORM_ADMIN;

import com.orderpool.files.TenantFiles;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.OrderActivity;
import com.orderpool.platform.control.TenantUsage;
import com.orderpool.platform.control.UsageMonths;
import com.orderpool.platform.control.UsageQueries;
import com.orderpool.platform.control.UsageReport;
import com.orderpool.platform.entity.Tenant;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform console's usage figures per tenant: orders and revenue this month and last (months
 * in the server's time zone), active users, storage (schema plus files) and last activity. Each
 * tenant's order figures are read in that tenant's own context and transaction, one tenant after
 * the other; platform admins get counts and sums, never an order.
 */
@Allow(PLATFORM_ADMIN)
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformUsage {
  private static final Logger LOG = Logger.getLogger(PlatformUsage.class.getName());

  @Inject UsageQueries queries;
  @Inject TenantFiles files;
  @Inject TenantContext tenantContext;
  @Inject OrderService orders;
  @Inject Clock clock;
  @Inject ZoneId zone;

  /** Every tenant's figures, by code, measured now. */
  public UsageReport report() {
    Instant now = clock.instant();
    UsageMonths months = UsageMonths.of(now, zone);
    Map<Long, UsageQueries.Accounts> accounts = queries.accounts();
    List<TenantUsage> rows = new ArrayList<>();
    for (Tenant t : queries.tenants()) {
      UsageQueries.Accounts a = accounts.getOrDefault(t.getId(), UsageQueries.Accounts.NONE);
      rows.add(
          new TenantUsage(
              t.getCode(),
              t.getName(),
              t.getStatus(),
              orderActivity(t.getCode(), months),
              a.active(),
              a.lastSignIn(),
              queries.schemaBytes(t.getCode()),
              files.bytes(t.getCode())));
    }
    return new UsageReport(months, zone, now, rows);
  }

  /** The tenant's order figures, or null (logged) when its schema cannot be read. */
  private OrderActivity orderActivity(String code, UsageMonths m) {
    try {
      return tenantContext.runAs(
          code, () -> orders.activity(m.lastStart(), m.thisStart(), m.nextStart()));
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "usage: cannot read the orders of tenant " + code, e);
      return null;
    }
  }
}
