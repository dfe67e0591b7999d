package com.orderpool.orders.control;

import com.orderpool.orders.entity.SequenceCounter;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Creates a number series' counter row in its own short transaction, so the caller's transaction
 * only ever locks an existing row (creating it there would let two first documents deadlock).
 */
@Stateless
public class CounterRows {
  @Inject TenantDatabase db;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String name) {
    if (db.em().find(SequenceCounter.class, name) != null) {
      return;
    }
    try {
      db.em().persist(new SequenceCounter(name, 1));
      db.em().flush();
    } catch (PersistenceException raced) {
      // another transaction created it first: the row exists, which is all we need
      throw new CounterRaced();
    }
  }

  /** Another transaction created the same row first; the caller simply locks it. */
  @jakarta.ejb.ApplicationException(rollback = true)
  public static class CounterRaced extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
