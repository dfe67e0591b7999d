package com.orderpool.invoicing.control;

import com.orderpool.orders.entity.SequenceCounter;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Draws group numbers from the tenant's {@code group} counter row (created by the V13 migration at
 * 1001), locked until the transaction ends: unique under concurrency, and a rolled-back group gives
 * its number back.
 */
@ApplicationScoped
public class GroupNumbering {
  public static final String SERIES = "group";

  @Inject TenantDatabase db;

  public long next() {
    SequenceCounter counter =
        db.em().find(SequenceCounter.class, SERIES, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      throw new IllegalStateException("tenant has no group counter: was V13 applied?");
    }
    return counter.draw();
  }
}
