package com.orderpool.orders.control;

import com.orderpool.orders.entity.SequenceCounter;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Draws order numbers from the tenant's counter row, locked ({@code SELECT … FOR UPDATE}) until the
 * transaction ends: unique under concurrency, and a rolled-back order gives its number back.
 */
@ApplicationScoped
public class OrderNumbering {
  @Inject TenantDatabase db;
  @Inject SequenceCounters counters;

  public void initialize(long start) {
    db.em().persist(new SequenceCounter(SequenceCounter.ORDERS, start));
  }

  public long next() {
    return counters.draw(SequenceCounter.ORDERS);
  }
}
