package com.orderpool.shipping.control;

import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The tenant's shipping settings: whether trusted customers' orders may ship before they are paid
 * ({@code shipping.before-payment}, off by default: only {@code true} switches it on).
 */
@ApplicationScoped
public class ShippingSettings {
  public static final String BEFORE_PAYMENT = "shipping.before-payment";
  public static final boolean DEFAULT_BEFORE_PAYMENT = false;

  @Inject TenantSettings settings;

  public boolean shipsBeforePayment() {
    return settings
        .get(BEFORE_PAYMENT)
        .map(v -> "true".equals(v.strip().toLowerCase(Locale.ROOT)))
        .orElse(DEFAULT_BEFORE_PAYMENT);
  }

  public void setShipsBeforePayment(boolean allowed) {
    settings.put(BEFORE_PAYMENT, Boolean.toString(allowed));
  }
}
