package com.orderpool.invoicing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** That an invoice or credit note covers an order; a group invoice covers several. */
@Entity
@Table(name = "invoice_order")
@IdClass(InvoiceOrder.Key.class)
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class InvoiceOrder implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "invoice_id")
  private long invoiceId;

  @Id
  @Column(name = "order_id")
  private long orderId;

  protected InvoiceOrder() {}

  public InvoiceOrder(long invoiceId, long orderId) {
    this.invoiceId = invoiceId;
    this.orderId = orderId;
  }

  public long getInvoiceId() {
    return invoiceId;
  }

  public long getOrderId() {
    return orderId;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long invoiceId;
    private long orderId;

    public Key() {}

    public Key(long invoiceId, long orderId) {
      this.invoiceId = invoiceId;
      this.orderId = orderId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.invoiceId == invoiceId && k.orderId == orderId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(invoiceId) * 31 + Long.hashCode(orderId);
    }
  }
}
