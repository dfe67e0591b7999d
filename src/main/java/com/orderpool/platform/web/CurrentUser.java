package com.orderpool.platform.web;

import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.OrderpoolPrincipal;
import com.orderpool.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** Who is looking at the page, for the top bar, the menu and the home redirect. */
@Named
@RequestScoped
public class CurrentUser {
  @Inject TenantContext tenantContext;
  @Inject TenantDirectory tenants;
  @Inject FacesContext facesContext;

  private final Map<String, Boolean> roles = new HashMap<>();

  public boolean isLoggedIn() {
    return tenantContext.principal().isPresent();
  }

  public String getDisplayName() {
    return tenantContext.principal().map(OrderpoolPrincipal::displayName).orElse("");
  }

  public String getEmail() {
    return tenantContext.principal().map(OrderpoolPrincipal::getName).orElse("");
  }

  public String getTenantCode() {
    return tenantContext.current().orElse(null);
  }

  public String getTenantName() {
    return tenantContext.current().map(tenants::name).orElse(null);
  }

  /** Asked for every row of a table, so each role is looked up once per request. */
  public boolean hasRole(String role) {
    return roles.computeIfAbsent(role, r -> facesContext.getExternalContext().isUserInRole(r));
  }

  public boolean isPlatformAdmin() {
    return hasRole("PLATFORM_ADMIN");
  }

  public boolean isTenantAdmin() {
    return hasRole("TENANT_ADMIN");
  }

  /** Accountants and tenant admins see the reports. */
  public boolean isReportReader() {
    return isTenantAdmin() || hasRole("ACCOUNTANT");
  }

  /** The start page of the caller's role (used by the index page). */
  public String home() {
    if (!isLoggedIn()) {
      return "/login.xhtml?faces-redirect=true";
    }
    return isPlatformAdmin()
        ? "/platform/tenants.xhtml?faces-redirect=true"
        : "/orders/pool.xhtml?faces-redirect=true";
  }
}
