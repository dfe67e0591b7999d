package com.orderpool.platform.control;

import com.orderpool.tenancy.TenantProfile;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** What a platform admin enters to provision a tenant. */
public class ProvisionRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{tenant.name.required}")
  @Size(max = 200, message = "{tenant.name.size}")
  private String companyName;

  @NotNull(message = "{tenant.code.invalid}")
  @Pattern(regexp = "[A-Za-z]{3}", message = "{tenant.code.invalid}")
  private String code;

  @NotNull
  @Pattern(regexp = "en|es", message = "{tenant.locale.invalid}")
  private String locale = TenantProfile.DEFAULT_LOCALE;

  @NotNull
  @Pattern(regexp = "[A-Z]{3}", message = "{tenant.currency.invalid}")
  private String currency = TenantProfile.DEFAULT_CURRENCY;

  @NotBlank(message = "{tenant.adminEmail.required}")
  @Email(message = "{email.invalid}")
  @Size(max = 254)
  private String adminEmail;

  @Size(max = 120)
  private String adminName;

  /** Printed on invoices; optional here, also editable later in the Documents settings. */
  @Size(max = 500, message = "{branding.address.size}")
  private String sellerAddress;

  @Size(max = 40, message = "{branding.vatId.size}")
  @Pattern(regexp = "[A-Za-z0-9 .\\-]*", message = "{branding.vatId.invalid}")
  private String vatId;

  @Min(value = 1, message = "{tenant.numberStart.invalid}")
  @Max(value = 999_999_999L, message = "{tenant.numberStart.invalid}")
  private Long numberStart;

  /** The database server to put the tenant on; empty: the one with the fewest tenants. */
  @Size(max = 64)
  private String dbServer;

  public ProvisionRequest() {}

  public String getDbServer() {
    return dbServer;
  }

  public void setDbServer(String dbServer) {
    this.dbServer = dbServer == null || dbServer.isBlank() ? null : dbServer.strip();
  }

  public ProvisionRequest(String companyName, String code, String adminEmail) {
    this.companyName = companyName;
    this.code = code;
    this.adminEmail = adminEmail;
  }

  /** The company code in upper case, as it appears in order numbers. */
  public String normalizedCode() {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }

  public String normalizedEmail() {
    return adminEmail == null ? null : adminEmail.strip().toLowerCase(Locale.ROOT);
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getSellerAddress() {
    return sellerAddress;
  }

  public void setSellerAddress(String sellerAddress) {
    this.sellerAddress = sellerAddress;
  }

  public String getVatId() {
    return vatId;
  }

  public void setVatId(String vatId) {
    this.vatId = vatId;
  }

  public Long getNumberStart() {
    return numberStart;
  }

  public void setNumberStart(Long numberStart) {
    this.numberStart = numberStart;
  }
}
