package com.orderpool.invoicing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One line of an invoice or credit note, copied from an order line; never changed afterwards. */
@Entity
@Table(name = "invoice_line")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class InvoiceLine implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_id", updatable = false)
  private long invoiceId;

  @Column(name = "line_no", updatable = false)
  private int lineNo;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Column(name = "order_number", updatable = false)
  private String orderNumber;

  /** The invoice line a credit-note line corrects, or the order line an invoice line copies. */
  @Column(name = "source_line", updatable = false)
  private Long sourceLine;

  @Column(updatable = false)
  private String sku;

  @Column(updatable = false)
  private String description;

  @Column(updatable = false)
  private int quantity;

  @Column(name = "unit_price", updatable = false)
  private BigDecimal unitPrice;

  @Column(updatable = false)
  private BigDecimal amount;

  protected InvoiceLine() {}

  /** A line's content: what it is, how many, at what price, from which order (line). */
  public record Spec(
      Long orderId,
      String orderNumber,
      Long sourceLine,
      String sku,
      String description,
      int quantity,
      BigDecimal unitPrice) {
    public BigDecimal amount() {
      return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }
  }

  InvoiceLine(long invoiceId, int lineNo, Spec s) {
    this.invoiceId = invoiceId;
    this.lineNo = lineNo;
    this.orderId = s.orderId();
    this.orderNumber = s.orderNumber();
    this.sourceLine = s.sourceLine();
    this.sku = s.sku() == null ? "" : s.sku();
    this.description = s.description();
    this.quantity = s.quantity();
    this.unitPrice = s.unitPrice().setScale(2, RoundingMode.HALF_UP);
    this.amount = s.amount();
  }

  public Long getId() {
    return id;
  }

  public long getInvoiceId() {
    return invoiceId;
  }

  public int getLineNo() {
    return lineNo;
  }

  public Long getOrderId() {
    return orderId;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public Long getSourceLine() {
    return sourceLine;
  }

  public String getSku() {
    return sku;
  }

  public String getDescription() {
    return description;
  }

  public int getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
