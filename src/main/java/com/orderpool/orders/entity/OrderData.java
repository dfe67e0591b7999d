package com.orderpool.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;

/** The plain columns of an order, kept apart from its behaviour in {@link Order}. */
@MappedSuperclass
public abstract class OrderData implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "order_number")
  String number;

  long seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "order_type")
  OrderType type;

  @Enumerated(EnumType.STRING)
  Channel channel;

  String model;

  int quantity;

  @Column(name = "customer_name")
  String customerName;

  @Column(name = "customer_email")
  String customerEmail;

  @Enumerated(EnumType.STRING)
  Phase phase;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_status")
  PaymentStatus paymentStatus;

  String currency;

  @Column(name = "manufacturing_cost")
  BigDecimal manufacturingCost = BigDecimal.ZERO;

  @Column(name = "customization_cost")
  BigDecimal customizationCost = BigDecimal.ZERO;

  @Column(name = "shipping_cost")
  BigDecimal shippingCost = BigDecimal.ZERO;

  @Column(name = "vat_rate")
  BigDecimal vatRate = BigDecimal.ZERO;

  @Column(name = "vat_amount")
  BigDecimal vatAmount = BigDecimal.ZERO;

  BigDecimal total = BigDecimal.ZERO;

  @Column(name = "amount_paid")
  BigDecimal amountPaid = BigDecimal.ZERO;

  @Column(name = "paid_at")
  Instant paidAt;

  @Column(name = "wip_start_at")
  Instant wipStartAt;

  @Column(name = "shipped_at")
  Instant shippedAt;

  @Column(name = "cloned_from")
  String clonedFrom;

  @Column(name = "cancelled_at")
  Instant cancelledAt;

  @Column(name = "cancel_reason")
  String cancelReason;

  @Column(name = "cancel_fee")
  BigDecimal cancelFee;

  @Column(name = "pending_credit")
  BigDecimal pendingCredit;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "created_by")
  String createdBy;

  /** Copies a cost summary onto the order. */
  protected void applyCosts(CostSummary c) {
    manufacturingCost = c.manufacturing();
    customizationCost = c.customization();
    shippingCost = c.shipping();
    vatRate = c.vatRate();
    vatAmount = c.vat();
    total = c.total();
  }

  public CostSummary getCosts() {
    return new CostSummary(
        manufacturingCost, customizationCost, shippingCost, vatRate, vatAmount, total);
  }

  public String getNumber() {
    return number;
  }

  public long getSeq() {
    return seq;
  }

  public OrderType getType() {
    return type;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getModel() {
    return model;
  }

  public int getQuantity() {
    return quantity;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getCustomerEmail() {
    return customerEmail;
  }

  public Phase getPhase() {
    return phase;
  }

  public PaymentStatus getPaymentStatus() {
    return paymentStatus;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getManufacturingCost() {
    return manufacturingCost;
  }

  public BigDecimal getCustomizationCost() {
    return customizationCost;
  }

  public BigDecimal getShippingCost() {
    return shippingCost;
  }

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public BigDecimal getVatAmount() {
    return vatAmount;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getAmountPaid() {
    return amountPaid;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public Instant getWipStartAt() {
    return wipStartAt;
  }

  public Instant getShippedAt() {
    return shippedAt;
  }

  public String getClonedFrom() {
    return clonedFrom;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public BigDecimal getCancelFee() {
    return cancelFee;
  }

  public BigDecimal getPendingCredit() {
    return pendingCredit;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
