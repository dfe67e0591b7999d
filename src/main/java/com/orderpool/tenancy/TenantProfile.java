package com.orderpool.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The current tenant's language ({@code locale}) and currency ({@code currency}), the settings
 * every context reads, with the defaults of {@code tenants/_default/tenant.properties}. Callers run
 * inside a transaction.
 */
@ApplicationScoped
public class TenantProfile {
  public static final String LOCALE = "locale";
  public static final String CURRENCY = "currency";

  /** The seller's address and VAT ID on invoices (the Documents settings). */
  public static final String SELLER_ADDRESS = "branding.address";

  public static final String SELLER_VAT_ID = "branding.vat-id";
  public static final String DEFAULT_LOCALE = "en";
  public static final String DEFAULT_CURRENCY = "EUR";

  @Inject TenantSettings settings;

  /** The tenant's language code, e.g. {@code en}. */
  public String locale() {
    return settings.get(LOCALE).orElse(DEFAULT_LOCALE);
  }

  /** The ISO 4217 code of the tenant's currency, e.g. {@code EUR}. */
  public String currency() {
    return settings.get(CURRENCY).orElse(DEFAULT_CURRENCY);
  }

  public void setCurrency(String currency) {
    settings.put(CURRENCY, currency);
  }
}
