package com.orderpool.orders.entity;

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
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** An order of one tenant. New orders wait for payment; MTO orders are always quantity 1. */
@Entity
@Table(name = "customer_order")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Order {
  public static final int MIN_BULK_QUANTITY = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_number")
  private String number;

  private long seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "order_type")
  private OrderType type;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String model;
  private int quantity;

  @Column(name = "customer_name")
  private String customerName;

  @Column(name = "customer_email")
  private String customerEmail;

  @Enumerated(EnumType.STRING)
  private Phase phase;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_status")
  private PaymentStatus paymentStatus;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected Order() {}

  /** The quantity an order of this type really gets: MTO is forced to 1, BULK needs at least 2. */
  public static int effectiveQuantity(OrderType type, int requested) {
    if (type == OrderType.MTO) {
      return 1;
    }
    if (requested < MIN_BULK_QUANTITY) {
      throw new BusinessException("quantity", "order.bulk.minQuantity", MIN_BULK_QUANTITY);
    }
    return requested;
  }

  /** Formats an order number: sequence, dash, company code, e.g. {@code 10001-BFG}. */
  public static String formatNumber(long seq, String companyCode) {
    return seq + "-" + companyCode;
  }

  public static Order place(
      long seq,
      String companyCode,
      OrderType type,
      Channel channel,
      String model,
      int quantity,
      String customerName,
      String customerEmail,
      String actor,
      Instant now) {
    Order o = new Order();
    o.seq = seq;
    o.number = formatNumber(seq, companyCode);
    o.type = type;
    o.channel = channel;
    o.model = model.strip();
    o.quantity = effectiveQuantity(type, quantity);
    o.customerName = customerName.strip();
    o.customerEmail = customerEmail.strip().toLowerCase(java.util.Locale.ROOT);
    o.phase = Phase.PENDING_PAYMENT;
    o.paymentStatus = PaymentStatus.UNPAID;
    o.createdAt = now;
    o.createdBy = actor;
    return o;
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

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
