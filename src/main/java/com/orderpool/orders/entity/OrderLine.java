package com.orderpool.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One product line of an order: SKU, description, quantity, unit price and personalisation. */
@Entity
@Table(name = "order_line")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class OrderLine implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** A plain column, set once the order has its id (see {@link Order#linesToPersist}). */
  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "line_no")
  private int lineNo;

  private String sku;
  private String description;
  private int quantity;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  private String personalisation;

  protected OrderLine() {}

  OrderLine(
      int lineNo,
      String sku,
      String description,
      int quantity,
      BigDecimal unitPrice,
      String personalisation) {
    this.lineNo = lineNo;
    this.sku = sku;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = unitPrice.setScale(2, RoundingMode.HALF_UP);
    this.personalisation = personalisation;
  }

  void update(
      String sku, String description, int quantity, BigDecimal unitPrice, String personalisation) {
    this.sku = sku == null ? "" : sku.strip();
    this.description = description.strip();
    this.quantity = quantity;
    this.unitPrice = unitPrice.setScale(2, RoundingMode.HALF_UP);
    this.personalisation = personalisation;
  }

  void belongTo(long orderId) {
    this.orderId = orderId;
  }

  public BigDecimal amount() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal getAmount() {
    return amount();
  }

  public Long getId() {
    return id;
  }

  public Long getOrderId() {
    return orderId;
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

  public String getPersonalisation() {
    return personalisation;
  }
}
