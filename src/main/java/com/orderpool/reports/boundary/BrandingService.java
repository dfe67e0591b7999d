package com.orderpool.reports.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.files.LogoStore;
import com.orderpool.reports.control.Branding;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The current tenant's branding on documents: seller name, address, VAT id, e-mail, phone, bank
 * details and logo. Everyone in the tenant may read it; only tenant admins change it.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class BrandingService {
  @Inject Branding branding;
  @Inject LogoStore logos;
  @Inject TenantContext tenant;
  @Inject TenantDatabase db;

  public BrandingForm load() {
    Map<String, String> v = branding.values();
    BrandingForm f = new BrandingForm();
    f.setCompanyName(v.get(Branding.COMPANY_NAME));
    f.setAddress(v.get(Branding.ADDRESS));
    f.setVatId(v.get(Branding.VAT_ID));
    f.setEmail(v.get(Branding.EMAIL));
    f.setPhone(v.get(Branding.PHONE));
    f.setBankDetails(v.get(Branding.BANK_DETAILS));
    return f;
  }

  /** The company name documents show (the setting, else the tenant's name). */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public String companyName() {
    return branding.companyName();
  }

  /** Whether invoices will carry the seller's address and VAT ID (else pages show a banner). */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public boolean sellerIdentityComplete() {
    return branding.sellerIdentityComplete();
  }

  public void save(@NotNull @Valid BrandingForm form) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put(Branding.COMPANY_NAME, form.getCompanyName());
    v.put(Branding.ADDRESS, form.getAddress());
    v.put(Branding.VAT_ID, form.getVatId());
    v.put(Branding.EMAIL, form.getEmail());
    v.put(Branding.PHONE, form.getPhone());
    v.put(Branding.BANK_DETAILS, form.getBankDetails());
    branding.save(v);
  }

  /** Replaces the logo: PNG or JPEG, at most 1 MB, checked by its bytes. */
  public void uploadLogo(@NotNull byte[] bytes) {
    logos.write(db.tenantCode(), bytes);
  }

  public void removeLogo() {
    logos.delete(db.tenantCode());
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public Optional<LogoStore.Logo> logo() {
    return logos.read(db.tenantCode());
  }
}
