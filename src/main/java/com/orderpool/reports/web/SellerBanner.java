package com.orderpool.reports.web;

import com.orderpool.reports.boundary.BrandingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The banner of the order and pay pages while the tenant's invoices would lack its address or VAT
 * ID: asked once per request.
 */
@Named
@RequestScoped
public class SellerBanner {
  @Inject BrandingService branding;

  private Boolean shown;

  public boolean isShown() {
    if (shown == null) {
      shown = !branding.sellerIdentityComplete();
    }
    return shown;
  }
}
