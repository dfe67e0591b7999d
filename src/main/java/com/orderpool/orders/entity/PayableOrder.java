package com.orderpool.orders.entity;

import com.orderpool.core.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The money side of an order: payments received and refunded, the payment status they give, the
 * invoice that covers it, payment reminders and the group it is invoiced with. Kept apart from the
 * production side in {@link Order}.
 */
@MappedSuperclass
public abstract class PayableOrder extends OrderData {
  private static final long serialVersionUID = 1L;

  @Column(name = "amount_refunded")
  BigDecimal amountRefunded = BigDecimal.ZERO;

  @Column(name = "last_reminder_at")
  Instant lastReminderAt;

  @Column(name = "reminders_sent")
  int remindersSent;

  @Column(name = "invoice_id")
  Long invoiceId;

  @Column(name = "invoice_number")
  String invoiceNumber;

  @Column(name = "group_id")
  Long groupId;

  /** How the latest payment was made (a payment method's name); null before any payment. */
  @Column(name = "payment_method")
  String paymentMethod;

  /** What is still to pay: total minus payments received (never negative). */
  public BigDecimal balanceDue() {
    BigDecimal due = total.subtract(amountPaid);
    return due.signum() < 0 ? BigDecimal.ZERO : due;
  }

  public boolean isFullyPaid() {
    return total.signum() > 0
        ? amountPaid.compareTo(total) >= 0
        : paymentStatus == PaymentStatus.PAID;
  }

  /**
   * Orders take payments until they are paid in full, unless they were cancelled or refunded. A
   * Failed order that is not paid in full (its payment failed at the provider) still takes one, and
   * then moves on; an order shipped on account (see {@link #waitsForMoneyBefore(OrderStatus,
   * boolean)}) takes its payment after it is sent or delivered.
   */
  public boolean isPayable() {
    return (phase == Phase.PENDING_PAYMENT
            || phase == Phase.ON_HOLD
            || phase == Phase.IN_PRODUCTION
            || phase == Phase.FAILED
            || phase == Phase.SHIPPED
            || phase == Phase.COMPLETED)
        && !isFullyPaid();
  }

  /** Waits for payment (or its payment failed) and is not paid in full: no production yet. */
  public boolean isWaitingForMoney() {
    return (phase == Phase.PENDING_PAYMENT || phase == Phase.FAILED) && !isFullyPaid();
  }

  /** Whether this move is barred because the order still waits for its payment. */
  public boolean waitsForMoneyBefore(OrderStatus target) {
    return waitsForMoneyBefore(target, false);
  }

  /**
   * Whether this move is barred because the order still waits for its payment. An order on account
   * ({@code onAccount}: a trusted customer who pays later, where the tenant allows it) may go into
   * a production status all the same; it still owes its balance.
   */
  public boolean waitsForMoneyBefore(OrderStatus target, boolean onAccount) {
    Phase to = target.getPhase();
    return isWaitingForMoney()
        && to != Phase.PENDING_PAYMENT
        && !(onAccount && to == Phase.IN_PRODUCTION);
  }

  /** Whether a payment that failed at the provider moves this order to Failed: it waits for it. */
  public boolean isPaymentFailable() {
    return phase == Phase.PENDING_PAYMENT && !isFullyPaid();
  }

  /**
   * A payment failed at the provider: the order, waiting for that money, moves to the given Failed
   * status; returns the status it leaves. A later payment in full launches it as usual.
   */
  public OrderStatus paymentFailed(OrderStatus failed) {
    if (!isPaymentFailable() || failed.getPhase() != Phase.FAILED) {
      throw new IllegalStateException("only an unpaid order waiting for payment fails");
    }
    OrderStatus old = getStatus();
    setStatus(failed);
    phase = Phase.FAILED;
    return old;
  }

  public abstract OrderStatus getStatus();

  /** Sets the status only (the caller sets the phase). */
  abstract void setStatus(OrderStatus status);

  /**
   * Records money received for this order. Partial payments are allowed; more than the balance due
   * is refused. Returns the payment status after it; the first time the order becomes fully paid
   * sets its paid time.
   */
  public PaymentStatus receive(BigDecimal amount, Instant now, String method) {
    PaymentStatus after = receive(amount, now);
    paymentMethod = method;
    return after;
  }

  public PaymentStatus receive(BigDecimal amount, Instant now) {
    if (amount == null || amount.signum() <= 0) {
      throw new BusinessException("amount", "payment.amount.positive");
    }
    if (!isPayable()) {
      throw BusinessException.of("payment.notPayable", number);
    }
    if (amount.compareTo(balanceDue()) > 0) {
      throw new BusinessException("amount", "payment.amount.exceedsBalance", balanceDue());
    }
    amountPaid = amountPaid.add(amount);
    return settle(now);
  }

  /**
   * Takes back payments that were recorded by mistake (marked Not paid): nothing counts as paid.
   */
  public BigDecimal reversePayments() {
    if (phase == Phase.CANCELLED) {
      throw BusinessException.of("payment.unpaid.cancelled", number);
    }
    BigDecimal reversed = amountPaid.subtract(amountRefunded);
    if (reversed.signum() <= 0) {
      throw BusinessException.of("payment.nothingToReverse", number);
    }
    amountPaid = amountRefunded;
    paidAt = null;
    paymentMethod = null;
    paymentStatus = amountPaid.signum() > 0 ? PaymentStatus.PARTIALLY_PAID : PaymentStatus.UNPAID;
    return reversed;
  }

  /** Records money paid back to the customer; at most what was paid and not yet refunded. */
  public PaymentStatus refund(BigDecimal amount) {
    BigDecimal refundable = amountPaid.subtract(amountRefunded);
    if (amount == null || amount.signum() <= 0 || amount.compareTo(refundable) > 0) {
      throw new BusinessException("amount", "payment.refund.range", refundable);
    }
    amountRefunded = amountRefunded.add(amount);
    paymentStatus =
        amountRefunded.compareTo(amountPaid) >= 0
            ? PaymentStatus.REFUNDED
            : PaymentStatus.PARTIALLY_REFUNDED;
    return paymentStatus;
  }

  private PaymentStatus settle(Instant now) {
    if (isFullyPaid()) {
      if (paymentStatus != PaymentStatus.PAID) {
        paidAt = now;
      }
      paymentStatus = PaymentStatus.PAID;
    } else {
      paymentStatus = amountPaid.signum() > 0 ? PaymentStatus.PARTIALLY_PAID : PaymentStatus.UNPAID;
    }
    return paymentStatus;
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  /**
   * Whether a paid order still waits to be launched into production (waiting for payment, or Failed
   * after a failed payment).
   */
  public boolean isLaunchable() {
    return (phase == Phase.PENDING_PAYMENT || phase == Phase.FAILED)
        && paymentStatus == PaymentStatus.PAID;
  }

  /** Notes the invoice that covers this order (the pool links to it). */
  public void invoicedAs(long id, String invoiceNo) {
    this.invoiceId = id;
    this.invoiceNumber = invoiceNo;
  }

  /** Whether a payment reminder is due: unpaid, waiting for payment, quiet for {@code days}. */
  public boolean isReminderDue(Instant now, int days) {
    Instant since = lastReminderAt != null ? lastReminderAt : createdAt;
    return phase == Phase.PENDING_PAYMENT
        && paymentStatus != PaymentStatus.PAID
        && !since.plus(java.time.Duration.ofDays(days)).isAfter(now);
  }

  public void reminded(Instant now) {
    lastReminderAt = now;
    remindersSent++;
  }

  /**
   * Joins or leaves ({@code null}) a group; the order's shipping becomes its share of the group's.
   */
  void changeGroup(Long group, BigDecimal shipping) {
    if (paymentStatus != PaymentStatus.UNPAID || phase != Phase.PENDING_PAYMENT) {
      throw BusinessException.of("group.orderNotOpen", number);
    }
    this.groupId = group;
    this.shippingCost = shipping;
  }

  public BigDecimal getAmountRefunded() {
    return amountRefunded;
  }

  public Instant getLastReminderAt() {
    return lastReminderAt;
  }

  public int getRemindersSent() {
    return remindersSent;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public Long getGroupId() {
    return groupId;
  }
}
