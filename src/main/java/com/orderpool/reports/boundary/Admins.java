package com.orderpool.reports.boundary;

import com.orderpool.core.BusinessException;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.SessionContext;

/** Document designs and branding are changed by tenant admins (and system work) only. */
final class Admins {
  private Admins() {}

  static void require(TenantContext tenant, SessionContext session) {
    if (tenant.principal().isPresent() && !session.isCallerInRole("TENANT_ADMIN")) {
      throw BusinessException.of("reports.adminOnly");
    }
  }
}
