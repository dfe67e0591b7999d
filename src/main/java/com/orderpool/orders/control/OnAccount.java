package com.orderpool.orders.control;

import com.orderpool.customers.control.CustomerDirectory;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Orders on account: where the tenant ships before payment ({@code shipping.before-payment}, off by
 * default: only {@code true} switches it on) and the order's customer is trusted, the customer pays
 * later. Staff may then move the unpaid order into production (never by itself) and ship it; it
 * still owes its balance. Everyone else's orders wait for their money before production. The one
 * home of the setting's key and default: the shipping settings page and shipping rules read them
 * here.
 */
@ApplicationScoped
public class OnAccount {
  public static final String SETTING = "shipping.before-payment";
  public static final boolean DEFAULT_SETTING = false;

  /** The history note of a move into production before payment. */
  public static final String NOTE = "on account (trusted customer)";

  @Inject TenantSettings settings;
  @Inject CustomerDirectory customers;

  /** What the tenant and the customer say about an order going ahead before it is paid. */
  public record Terms(boolean tenantAllows, boolean customerTrusted) {
    public static final Terms NONE = new Terms(false, false);

    /** Both allow it: the order is on account. */
    public boolean allowed() {
      return tenantAllows && customerTrusted;
    }

    /**
     * Whether this move takes the order into production on account: it waits for its money, the
     * target is a production status and the terms allow it.
     */
    public boolean cover(Order order, OrderStatus target) {
      return allowed()
          && target.getPhase() == Phase.IN_PRODUCTION
          && order.waitsForMoneyBefore(target);
    }
  }

  /** Whether the tenant lets trusted customers' orders go ahead (and ship) before payment. */
  public boolean tenantAllows() {
    return settings
        .get(SETTING)
        .map(v -> "true".equals(v.strip().toLowerCase(Locale.ROOT)))
        .orElse(DEFAULT_SETTING);
  }

  public void setTenantAllows(boolean allowed) {
    settings.put(SETTING, Boolean.toString(allowed));
  }

  /** The terms of an order that is not paid in full; a paid order needs none. */
  public Terms of(Order order) {
    if (order.isFullyPaid()) {
      return Terms.NONE;
    }
    return new Terms(tenantAllows(), customers.isTrusted(order.getCustomerId()));
  }

  /** Whether this move takes the order into production before payment (see {@link Terms}). */
  public boolean covers(Order order, OrderStatus target) {
    // the setting and the customer are read only for a move that the money would bar
    return order.waitsForMoneyBefore(target) && of(order).cover(order, target);
  }
}
