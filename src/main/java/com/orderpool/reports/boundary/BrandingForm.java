package com.orderpool.reports.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The seller details printed on a tenant's documents; every field is optional. */
public class BrandingForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Size(max = 200, message = "{branding.companyName.size}")
  private String companyName = "";

  @Size(max = 500, message = "{branding.address.size}")
  private String address = "";

  @Size(max = 40, message = "{branding.vatId.size}")
  @Pattern(regexp = "[A-Za-z0-9 .\\-]*", message = "{branding.vatId.invalid}")
  private String vatId = "";

  @Size(max = 254, message = "{branding.email.size}")
  @Email(message = "{email.invalid}")
  private String email = "";

  @Size(max = 40, message = "{branding.phone.size}")
  @Pattern(regexp = "[+0-9 ()./\\-]*", message = "{branding.phone.invalid}")
  private String phone = "";

  @Size(max = 500, message = "{branding.bankDetails.size}")
  private String bankDetails = "";

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getVatId() {
    return vatId;
  }

  public void setVatId(String vatId) {
    this.vatId = vatId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getBankDetails() {
    return bankDetails;
  }

  public void setBankDetails(String bankDetails) {
    this.bankDetails = bankDetails;
  }
}
