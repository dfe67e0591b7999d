package com.orderpool.invoicing.control;

import com.orderpool.orders.control.SequenceCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Draws group numbers from the tenant's {@code group} counter row (created by the V13 migration at
 * 1001), locked until the transaction ends: unique under concurrency, and a rolled-back group gives
 * its number back.
 */
@ApplicationScoped
public class GroupNumbering {
  public static final String SERIES = "group";

  @Inject SequenceCounters counters;

  public long next() {
    return counters.draw(SERIES);
  }
}
