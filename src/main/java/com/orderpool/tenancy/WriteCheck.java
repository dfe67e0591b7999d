package com.orderpool.tenancy;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;

/** Whether a transaction's EntityManager wrote anything (pending changes, a flush, an update). */
final class WriteCheck {
  private WriteCheck() {}

  static boolean wrote(EntityManager em) {
    UnitOfWorkImpl uow = em.unwrap(UnitOfWorkImpl.class);
    return uow != null
        && (uow.hasChanges()
            || uow.wasTransactionBegunPrematurely()
            || uow.wasNonObjectLevelModifyQueryExecuted()
            || uow.hasDeletedObjects());
  }
}
