package com.orderpool.reports.control;

import com.orderpool.files.LogoStore;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current tenant's seller details on documents, kept as tenant settings {@code branding.*},
 * plus the logo in {@link LogoStore}. An empty company name falls back to the tenant's name on the
 * platform.
 */
@ApplicationScoped
public class Branding {
  public static final String COMPANY_NAME = "branding.company-name";
  public static final String ADDRESS = com.orderpool.tenancy.TenantProfile.SELLER_ADDRESS;
  public static final String VAT_ID = com.orderpool.tenancy.TenantProfile.SELLER_VAT_ID;
  public static final String EMAIL = "branding.email";
  public static final String PHONE = "branding.phone";
  public static final String BANK_DETAILS = "branding.bank-details";

  /** Setting name to design parameter. */
  static final Map<String, String> PARAMS = new LinkedHashMap<>();

  static {
    PARAMS.put(COMPANY_NAME, "SELLER_NAME");
    PARAMS.put(ADDRESS, "SELLER_ADDRESS");
    PARAMS.put(VAT_ID, "SELLER_VAT_ID");
    PARAMS.put(EMAIL, "SELLER_EMAIL");
    PARAMS.put(PHONE, "SELLER_PHONE");
    PARAMS.put(BANK_DETAILS, "BANK_DETAILS");
  }

  @Inject TenantSettings settings;
  @Inject TenantDatabase db;
  @Inject TenantDirectory tenants;
  @Inject LogoStore logos;

  /** The stored values by setting name; missing ones are empty strings. */
  public Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    PARAMS.keySet().forEach(k -> v.put(k, settings.get(k).orElse("")));
    return v;
  }

  /** Stores the values; an empty one is stored empty (and its default applies). */
  public void save(Map<String, String> values) {
    values.forEach(
        (k, v) -> {
          if (!PARAMS.containsKey(k)) {
            throw new IllegalArgumentException("not a branding setting: " + k);
          }
          settings.put(k, v == null ? "" : v.strip());
        });
  }

  /** Whether invoices will carry the seller's address and VAT ID. */
  public boolean sellerIdentityComplete() {
    return !settings.get(ADDRESS).orElse("").isBlank()
        && !settings.get(VAT_ID).orElse("").isBlank();
  }

  /** The company name a document shows: the setting, else the tenant's name. */
  public String companyName() {
    String own = settings.get(COMPANY_NAME).orElse("").strip();
    return own.isEmpty() ? tenants.name(db.tenantCode()) : own;
  }

  /** The branding parameters of a design: seller details, bank details and the logo (or null). */
  public Map<String, Object> params() {
    Map<String, Object> p = new HashMap<>();
    values().forEach((k, v) -> p.put(PARAMS.get(k), v.isBlank() ? null : v));
    p.put("SELLER_NAME", companyName());
    p.put(
        "LOGO",
        logos.read(db.tenantCode()).map(l -> new ByteArrayInputStream(l.bytes())).orElse(null));
    return p;
  }
}
