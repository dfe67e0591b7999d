package com.orderpool.tenancy;

import com.orderpool.core.BusinessException;
import jakarta.ejb.SessionContext;

/**
 * Who may change a tenant's working data (attachments, tasks, memos, tickets, customer e-mails):
 * tenant admins and staff, and system work. Accountants only read. The boundary passes its own
 * session context, as roles are checked per EJB, and the message key its refusal shows.
 */
public final class Writers {
  private Writers() {}

  public static void require(TenantContext tenant, SessionContext session, String refusalKey) {
    if (tenant.principal().isPresent()
        && !session.isCallerInRole("TENANT_ADMIN")
        && !session.isCallerInRole("STAFF")) {
      throw BusinessException.of(refusalKey);
    }
  }
}
