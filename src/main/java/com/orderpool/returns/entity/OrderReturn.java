package com.orderpool.returns.entity;

import com.orderpool.core.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * Pieces of one shipped order that its customer sends back ({@link ReturnLine}s). Requested →
 * Received → Closed, never back; what receiving did is kept on it: the credit notes issued and the
 * replacement order placed.
 */
@Entity
@Table(name = "order_return")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class OrderReturn implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "customer_name")
  private String customerName;

  @Enumerated(EnumType.STRING)
  private ReturnStatus status;

  private String note;

  @Column(name = "with_shipping")
  private boolean withShipping;

  /** What receiving pays back (refund and store credit lines, VAT included). */
  private BigDecimal reimbursable;

  private String currency;
  private int pieces;

  @Column(name = "replacement_id")
  private Long replacementId;

  @Column(name = "replacement_number")
  private String replacementNumber;

  /** The numbers of the credit notes receiving issued, comma separated. */
  @Column(name = "credit_notes")
  private String creditNotes;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "received_by")
  private String receivedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Version private long version;

  @Transient private List<ReturnLine> lines = List.of();

  protected OrderReturn() {}

  /** What a new return is about: its order and what it is worth. */
  public record Header(
      long orderId,
      String orderNumber,
      String customerName,
      String note,
      boolean withShipping,
      BigDecimal reimbursable,
      String currency,
      int pieces) {}

  public OrderReturn(Header h, String actor, Instant now) {
    this.orderId = h.orderId();
    this.orderNumber = h.orderNumber();
    this.customerName = h.customerName();
    this.note = h.note() == null || h.note().isBlank() ? null : h.note().strip();
    this.withShipping = h.withShipping();
    this.reimbursable = h.reimbursable();
    this.currency = h.currency();
    this.pieces = h.pieces();
    this.status = ReturnStatus.REQUESTED;
    this.createdAt = now;
    this.createdBy = actor;
  }

  /** The pieces arrived. */
  public void receive(String actor, Instant now) {
    if (status != ReturnStatus.REQUESTED) {
      throw new BusinessException("status", "return.notRequested");
    }
    status = ReturnStatus.RECEIVED;
    receivedAt = now;
    receivedBy = actor;
  }

  /** Nothing more to do about it (received and dealt with, or never sent by the customer). */
  public void close(String actor, Instant now) {
    if (status == ReturnStatus.CLOSED) {
      throw new BusinessException("status", "return.alreadyClosed");
    }
    status = ReturnStatus.CLOSED;
    closedAt = now;
    closedBy = actor;
  }

  /** A credit note issued on receipt. */
  public void credited(String creditNoteNumber) {
    creditNotes = creditNotes == null ? creditNoteNumber : creditNotes + ", " + creditNoteNumber;
  }

  /** The replacement order placed on receipt. */
  public void replacedBy(long orderId, String number) {
    replacementId = orderId;
    replacementNumber = number;
  }

  public void attachLines(List<ReturnLine> lines) {
    this.lines = List.copyOf(lines);
  }

  public List<ReturnLine> getLines() {
    return lines;
  }

  /** The distinct reasons of its lines, in line order. */
  public List<String> getReasons() {
    return lines.stream().map(ReturnLine::getReason).distinct().toList();
  }

  /** The distinct actions of its lines, in line order. */
  public List<ReturnAction> getActions() {
    return lines.stream().map(ReturnLine::getAction).distinct().toList();
  }

  public Long getId() {
    return id;
  }

  public long getOrderId() {
    return orderId;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public String getCustomerName() {
    return customerName;
  }

  public ReturnStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public boolean isWithShipping() {
    return withShipping;
  }

  public BigDecimal getReimbursable() {
    return reimbursable;
  }

  public String getCurrency() {
    return currency;
  }

  public int getPieces() {
    return pieces;
  }

  public Long getReplacementId() {
    return replacementId;
  }

  public String getReplacementNumber() {
    return replacementNumber;
  }

  public String getCreditNotes() {
    return creditNotes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }
}
