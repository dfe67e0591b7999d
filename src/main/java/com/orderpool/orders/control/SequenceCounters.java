package com.orderpool.orders.control;

import com.orderpool.orders.entity.SequenceCounter;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * The tenant's number series (orders, groups, invoices, credit notes): a number is drawn from the
 * series' counter row, locked ({@code SELECT … FOR UPDATE}) until the transaction ends, so numbers
 * are unique under concurrency and a rolled-back transaction gives its number back.
 */
@ApplicationScoped
public class SequenceCounters {
  @Inject TenantDatabase db;
  @Inject CounterRows rows;

  /**
   * The next number of a series whose counter row exists (created at provisioning or by migration).
   */
  public long draw(String name) {
    SequenceCounter counter =
        db.em().find(SequenceCounter.class, name, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      throw new IllegalStateException("tenant has no counter '" + name + "': was it provisioned?");
    }
    return counter.draw();
  }

  /**
   * The next number of a series that starts at 1 when first used (e.g. one per year). A missing row
   * is created in its own short transaction: a locking read of a missing row here would take a gap
   * lock that the creating transaction then waits for.
   */
  public long drawCreating(String name) {
    if (!exists(name)) {
      try {
        rows.ensure(name);
      } catch (CounterRows.CounterRaced raced) {
        // created meanwhile by another transaction
      }
    }
    return draw(name);
  }

  private boolean exists(String name) {
    return db.em()
            .createQuery("SELECT COUNT(c) FROM SequenceCounter c WHERE c.name = :n", Long.class)
            .setParameter("n", name)
            .getSingleResult()
        > 0;
  }
}
