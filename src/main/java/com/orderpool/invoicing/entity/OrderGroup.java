package com.orderpool.invoicing.entity;

import com.orderpool.core.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * Several unpaid MTO orders of one customer shipped, paid and invoiced together. The shipping rate
 * it was opened with stays with it, so a later change of the tenant's rates never changes an
 * existing group's shares. Members are {@link GroupMember} rows.
 */
@Entity
@Table(name = "order_group")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class OrderGroup implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String number;

  @Column(updatable = false)
  private long seq;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Column(name = "customer_email", updatable = false)
  private String customerEmail;

  @Column(name = "customer_name", updatable = false)
  private String customerName;

  @Column(updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  private GroupStatus status;

  private int members;

  @Column(name = "rate_first", updatable = false)
  private BigDecimal rateFirst;

  @Column(name = "rate_additional", updatable = false)
  private BigDecimal rateAdditional;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "paid_by")
  private String paidBy;

  @Column(name = "dissolved_at")
  private Instant dissolvedAt;

  @Column(name = "dissolved_by")
  private String dissolvedBy;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Column(name = "invoice_number")
  private String invoiceNumber;

  @Version private long version;

  protected OrderGroup() {}

  /** The customer a group belongs to, copied from its first order. */
  public record Customer(Long id, String email, String name) implements Serializable {}

  /** Formats a group number: G, sequence, company code, e.g. {@code G-1001-BFG}. */
  public static String formatNumber(long seq, String companyCode) {
    return "G-" + seq + "-" + companyCode;
  }

  public static OrderGroup open(
      long seq,
      String companyCode,
      Customer customer,
      String currency,
      ShippingRates rates,
      int members,
      String actor,
      Instant now) {
    OrderGroup g = new OrderGroup();
    g.seq = seq;
    g.number = formatNumber(seq, companyCode);
    g.customerId = customer.id();
    g.customerEmail = customer.email();
    g.customerName = customer.name();
    g.currency = currency;
    g.status = GroupStatus.OPEN;
    g.members = members;
    g.rateFirst = rates.first();
    g.rateAdditional = rates.additional();
    g.createdAt = now;
    g.createdBy = actor;
    return g;
  }

  /** The rates this group was opened with. */
  public ShippingRates rates() {
    return new ShippingRates(rateFirst, rateAdditional);
  }

  public boolean isOpen() {
    return status == GroupStatus.OPEN;
  }

  /** Members change, and the group is paid or dissolved, only while it is open. */
  public void requireOpen() {
    if (!isOpen()) {
      throw BusinessException.of("group.notOpen", number);
    }
  }

  /** One order left the group; returns how many stay. */
  public int memberLeft() {
    requireOpen();
    members--;
    return members;
  }

  public void dissolve(String actor, Instant now) {
    requireOpen();
    status = GroupStatus.DISSOLVED;
    members = 0;
    dissolvedAt = now;
    dissolvedBy = actor;
  }

  public void paid(long invoice, String invoiceNo, String actor, Instant now) {
    requireOpen();
    status = GroupStatus.PAID;
    invoiceId = invoice;
    invoiceNumber = invoiceNo;
    paidAt = now;
    paidBy = actor;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public long getSeq() {
    return seq;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getCustomerEmail() {
    return customerEmail;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getCurrency() {
    return currency;
  }

  public GroupStatus getStatus() {
    return status;
  }

  public int getMembers() {
    return members;
  }

  public BigDecimal getRateFirst() {
    return rateFirst;
  }

  public BigDecimal getRateAdditional() {
    return rateAdditional;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public String getPaidBy() {
    return paidBy;
  }

  public Instant getDissolvedAt() {
    return dissolvedAt;
  }

  public String getDissolvedBy() {
    return dissolvedBy;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public long getVersion() {
    return version;
  }
}
