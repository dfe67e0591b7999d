package com.orderpool.orders.entity;

import com.orderpool.core.Address;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  @Column(name = "customer_id")
  Long customerId;

  @Column(name = "customer_phone")
  String customerPhone;

  @Column(name = "customer_company")
  String customerCompany;

  /** The customer's language for e-mails and documents (en, es); null means the tenant's. */
  @Column(name = "customer_language")
  String customerLanguage;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "billing_name")),
    @AttributeOverride(name = "company", column = @Column(name = "billing_company")),
    @AttributeOverride(name = "line1", column = @Column(name = "billing_line1")),
    @AttributeOverride(name = "line2", column = @Column(name = "billing_line2")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code")),
    @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
    @AttributeOverride(name = "region", column = @Column(name = "billing_region")),
    @AttributeOverride(name = "country", column = @Column(name = "billing_country")),
    @AttributeOverride(name = "phone", column = @Column(name = "billing_phone"))
  })
  Address billing;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "shipping_name")),
    @AttributeOverride(name = "company", column = @Column(name = "shipping_company")),
    @AttributeOverride(name = "line1", column = @Column(name = "shipping_line1")),
    @AttributeOverride(name = "line2", column = @Column(name = "shipping_line2")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code")),
    @AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
    @AttributeOverride(name = "region", column = @Column(name = "shipping_region")),
    @AttributeOverride(name = "country", column = @Column(name = "shipping_country")),
    @AttributeOverride(name = "phone", column = @Column(name = "shipping_phone"))
  })
  Address shipping;

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

  @Embedded Tracking tracking = new Tracking();

  @Column(name = "cloned_from")
  String clonedFrom;

  /** The order whose returned lines this replacement order sends again (null: not one). */
  String replaces;

  @Column(name = "cancelled_at")
  Instant cancelledAt;

  @Column(name = "cancel_reason")
  String cancelReason;

  @Column(name = "cancel_message")
  String cancelMessage;

  @Column(name = "cancel_fee")
  BigDecimal cancelFee;

  @Column(name = "pending_credit")
  BigDecimal pendingCredit;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "created_by")
  String createdBy;

  /** The caller's own reference of an order placed by the API (unique per channel), else null. */
  @Column(name = "external_reference")
  String externalReference;

  /** The retailer the order came from (its id), or null for the merchant's own orders. */
  @Column(name = "retailer_id")
  Long retailerId;

  /** The retailer's commission rate in percent when the order was placed. */
  @Column(name = "retailer_rate")
  BigDecimal retailerRate;

  /** When the row last changed: written by the database on every insert and update. */
  @Column(name = "updated_at", insertable = false, updatable = false)
  Instant updatedAt;

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

  public String getExternalReference() {
    return externalReference;
  }

  /** Null right after the insert (the database sets it); read the row again to see it. */
  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Long getRetailerId() {
    return retailerId;
  }

  public BigDecimal getRetailerRate() {
    return retailerRate;
  }

  /** Records the retailer the order came from, with its commission rate of today. */
  public void comeFrom(Retailer retailer) {
    retailerId = retailer == null ? null : retailer.getId();
    retailerRate = retailer == null ? null : retailer.getCommissionRate();
  }

  /** Records the caller's own reference (API orders); blank means none. */
  public void recordExternalReference(String reference) {
    externalReference = reference == null || reference.isBlank() ? null : reference.strip();
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

  public Long getCustomerId() {
    return customerId;
  }

  public String getCustomerPhone() {
    return customerPhone;
  }

  public String getCustomerLanguage() {
    return customerLanguage;
  }

  public String getCustomerCompany() {
    return customerCompany;
  }

  /** The billing address; null only on orders placed before addresses were recorded. */
  public Address getBilling() {
    return billing;
  }

  /** The shipping address; null only on orders placed before addresses were recorded. */
  public Address getShipping() {
    return shipping;
  }

  /** Where the order goes: its shipping address, else (none given) its billing address. */
  public Address deliveryAddress() {
    boolean none = shipping == null || shipping.getLine1() == null || shipping.getLine1().isBlank();
    return none ? billing : shipping;
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

  /** The shipping method chosen and, once sent, the tracking the pool and e-mails show. */
  public Tracking getTracking() {
    if (tracking == null) {
      tracking = new Tracking();
    }
    return tracking;
  }

  public Instant getShippedAt() {
    return shippedAt;
  }

  public String getClonedFrom() {
    return clonedFrom;
  }

  public String getReplaces() {
    return replaces;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  /** The message to the customer that the cancellation e-mail carried, if any. */
  public String getCancelMessage() {
    return cancelMessage;
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
