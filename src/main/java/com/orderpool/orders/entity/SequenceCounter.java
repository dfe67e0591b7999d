package com.orderpool.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A per-tenant number series (orders, groups, invoices, credit notes); drawn by {@code
 * SequenceCounters}.
 */
@Entity
@Table(name = "sequence_counter")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class SequenceCounter {
  public static final String ORDERS = "order";

  @Id private String name;

  @Column(name = "next_value")
  private long nextValue;

  protected SequenceCounter() {}

  public SequenceCounter(String name, long start) {
    if (start < 1) {
      throw new IllegalArgumentException("a series starts at 1 or more");
    }
    this.name = name;
    this.nextValue = start;
  }

  /** Returns the next number and advances the series. Call only while holding the row lock. */
  public long draw() {
    return nextValue++;
  }

  public long peek() {
    return nextValue;
  }
}
