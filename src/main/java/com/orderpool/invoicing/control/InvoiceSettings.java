package com.orderpool.invoicing.control;

import com.orderpool.tenancy.TenantProfile;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * When a tenant's invoices are created ({@code invoice.mode}): as soon as an order is placed, when
 * it is fully paid (the default), or only by hand from the dashboard.
 */
@ApplicationScoped
public class InvoiceSettings {
  public static final String MODE = "invoice.mode";

  /** When invoices are created. */
  public enum Mode {
    ON_ORDER,
    ON_PAYMENT,
    MANUAL
  }

  @Inject TenantSettings settings;
  @Inject TenantProfile profile;

  public Mode mode() {
    try {
      return Mode.valueOf(
          settings.get(MODE).orElse(Mode.ON_PAYMENT.name()).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Mode.ON_PAYMENT;
    }
  }

  public void setMode(Mode mode) {
    settings.put(MODE, mode.name());
  }

  /** The tenant's document language, for orders without a customer language. */
  public String tenantLanguage() {
    return profile.locale();
  }
}
