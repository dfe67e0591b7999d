package com.orderpool.invoicing.entity;

import com.orderpool.core.Address;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The columns of an invoice or credit note, written once on issue; behaviour is in {@link Invoice}.
 */
@MappedSuperclass
public abstract class InvoiceData implements Serializable {
  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  DocKind kind;

  @Column(updatable = false)
  String number;

  @Column(updatable = false)
  String series;

  @Column(updatable = false)
  long seq;

  @Column(name = "order_id", updatable = false)
  Long orderId;

  @Column(name = "group_id", updatable = false)
  Long groupId;

  @Column(name = "credited_invoice_id", updatable = false)
  Long creditedInvoiceId;

  @Column(name = "order_numbers", updatable = false)
  String orderNumbers;

  @Column(name = "issued_at", updatable = false)
  Instant issuedAt;

  @Column(name = "issued_by", updatable = false)
  String issuedBy;

  @Column(updatable = false)
  String language;

  @Column(updatable = false)
  String currency;

  @Column(name = "customer_id", updatable = false)
  Long customerId;

  @Column(name = "customer_name", updatable = false)
  String customerName;

  @Column(name = "customer_email", updatable = false)
  String customerEmail;

  @Column(name = "customer_company", updatable = false)
  String customerCompany;

  @Column(name = "customer_vat_id", updatable = false)
  String customerVatId;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "billing_name", updatable = false)),
    @AttributeOverride(
        name = "company",
        column = @Column(name = "billing_company", updatable = false)),
    @AttributeOverride(name = "line1", column = @Column(name = "billing_line1", updatable = false)),
    @AttributeOverride(name = "line2", column = @Column(name = "billing_line2", updatable = false)),
    @AttributeOverride(
        name = "postalCode",
        column = @Column(name = "billing_postal_code", updatable = false)),
    @AttributeOverride(name = "city", column = @Column(name = "billing_city", updatable = false)),
    @AttributeOverride(
        name = "region",
        column = @Column(name = "billing_region", updatable = false)),
    @AttributeOverride(
        name = "country",
        column = @Column(name = "billing_country", updatable = false)),
    @AttributeOverride(name = "phone", column = @Column(name = "billing_phone", updatable = false))
  })
  Address billing;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "shipping_name", updatable = false)),
    @AttributeOverride(
        name = "company",
        column = @Column(name = "shipping_company", updatable = false)),
    @AttributeOverride(
        name = "line1",
        column = @Column(name = "shipping_line1", updatable = false)),
    @AttributeOverride(
        name = "line2",
        column = @Column(name = "shipping_line2", updatable = false)),
    @AttributeOverride(
        name = "postalCode",
        column = @Column(name = "shipping_postal_code", updatable = false)),
    @AttributeOverride(name = "city", column = @Column(name = "shipping_city", updatable = false)),
    @AttributeOverride(
        name = "region",
        column = @Column(name = "shipping_region", updatable = false)),
    @AttributeOverride(
        name = "country",
        column = @Column(name = "shipping_country", updatable = false)),
    @AttributeOverride(name = "phone", column = @Column(name = "shipping_phone", updatable = false))
  })
  Address shipping;

  @Column(updatable = false)
  BigDecimal subtotal;

  @Column(updatable = false)
  BigDecimal customization;

  @Column(name = "shipping", updatable = false)
  BigDecimal shippingCost;

  @Column(name = "vat_rate", updatable = false)
  BigDecimal vatRate;

  @Column(name = "vat_amount", updatable = false)
  BigDecimal vatAmount;

  @Column(updatable = false)
  BigDecimal total;

  boolean paid;

  @Column(name = "paid_changed_at")
  Instant paidChangedAt;

  @Column(name = "delivery_time")
  String deliveryTime;

  @Column(name = "custom_text")
  String customText;

  @Enumerated(EnumType.STRING)
  Settlement settlement;

  @Column(name = "settled_at")
  Instant settledAt;

  @Column(name = "settled_by")
  String settledBy;

  public DocKind getKind() {
    return kind;
  }

  public String getNumber() {
    return number;
  }

  public String getSeries() {
    return series;
  }

  public long getSeq() {
    return seq;
  }

  public Long getOrderId() {
    return orderId;
  }

  public Long getGroupId() {
    return groupId;
  }

  public Long getCreditedInvoiceId() {
    return creditedInvoiceId;
  }

  public String getOrderNumbers() {
    return orderNumbers;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public String getLanguage() {
    return language;
  }

  public String getCurrency() {
    return currency;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getCustomerEmail() {
    return customerEmail;
  }

  public String getCustomerCompany() {
    return customerCompany;
  }

  public Address getBilling() {
    return billing;
  }

  public Address getShipping() {
    return shipping;
  }

  public BigDecimal getSubtotal() {
    return subtotal;
  }

  public BigDecimal getCustomization() {
    return customization;
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

  public boolean isPaid() {
    return paid;
  }

  public Instant getPaidChangedAt() {
    return paidChangedAt;
  }

  public String getDeliveryTime() {
    return deliveryTime;
  }

  public String getCustomText() {
    return customText;
  }

  public Settlement getSettlement() {
    return settlement;
  }

  public Instant getSettledAt() {
    return settledAt;
  }

  public String getSettledBy() {
    return settledBy;
  }

  public String getCustomerVatId() {
    return customerVatId;
  }
}
