package com.orderpool.collaboration.control;

import com.orderpool.core.BusinessException;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.SessionContext;

/**
 * Who may change tasks, memos and tickets: tenant admins and staff, and system work. Accountants
 * only read. The boundary passes its own session context, as roles are checked per EJB.
 */
public final class Writers {
  private Writers() {}

  public static void require(TenantContext tenant, SessionContext session) {
    if (tenant.principal().isPresent()
        && !session.isCallerInRole("TENANT_ADMIN")
        && !session.isCallerInRole("STAFF")) {
      throw BusinessException.of("collab.readOnly");
    }
  }
}
