package com.orderpool.orders.control;

import com.orderpool.orders.entity.SequenceCounter;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * Draws order numbers from the tenant's counter row, locked ({@code SELECT … FOR UPDATE}) until the
 * transaction ends: unique under concurrency, and a rolled-back order gives its number back.
 */
@ApplicationScoped
public class OrderNumbering {
  @Inject TenantDatabase db;

  public void initialize(long start) {
    db.em().persist(new SequenceCounter(SequenceCounter.ORDERS, start));
  }

  public long next() {
    SequenceCounter counter =
        db.em().find(SequenceCounter.class, SequenceCounter.ORDERS, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      throw new IllegalStateException("tenant has no order counter: was it provisioned?");
    }
    return counter.draw();
  }
}
