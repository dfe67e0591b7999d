package com.orderpool.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * Pieces of one order line that come back: how many, at the invoiced unit price (net), why, and
 * what is done about them.
 */
@Entity
@Table(name = "return_line")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class ReturnLine implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "return_id")
  private long returnId;

  @Column(name = "order_line_id")
  private long orderLineId;

  @Column(name = "line_no")
  private int lineNo;

  private String sku;
  private String description;
  private int quantity;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  private String reason;

  @Enumerated(EnumType.STRING)
  private ReturnAction action;

  protected ReturnLine() {}

  public ReturnLine(
      long returnId,
      long orderLineId,
      int lineNo,
      String sku,
      String description,
      int quantity,
      BigDecimal unitPrice,
      String reason,
      ReturnAction action) {
    this.returnId = returnId;
    this.orderLineId = orderLineId;
    this.lineNo = lineNo;
    this.sku = sku;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.reason = reason;
    this.action = action;
  }

  /** The pieces at their unit price (net). */
  public BigDecimal getAmount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  public Long getId() {
    return id;
  }

  public long getReturnId() {
    return returnId;
  }

  public long getOrderLineId() {
    return orderLineId;
  }

  public int getLineNo() {
    return lineNo;
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

  public String getReason() {
    return reason;
  }

  public ReturnAction getAction() {
    return action;
  }
}
