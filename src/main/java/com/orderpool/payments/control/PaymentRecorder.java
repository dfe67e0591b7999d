package com.orderpool.payments.control;

import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.ProductionLaunch;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.entity.Payment;
import com.orderpool.payments.entity.PaymentKind;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Applies money to an order in the caller's transaction: writes the payment row, moves the order's
 * payment status (Unpaid → Partially Paid → Paid), records it in the history, launches a fully paid
 * order into production and tells observers (invoicing) that it is paid in full. An order Failed
 * after a failed payment moves on as well: into production when paid in full, else back to waiting
 * for payment.
 */
@ApplicationScoped
public class PaymentRecorder {
  /** The history note of a Failed order that waits for payment again. */
  static final String RECEIVED = "payment received";

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderHistory history;
  @Inject ProductionLaunch launch;
  @Inject StatusCatalog statuses;
  @Inject Clock clock;
  @Inject Event<OrderPaidInFull> paidInFull;

  /** Money received: amount, how, when and a reference; provider fields only for PSP callbacks. */
  public record Receipt(
      PaymentMethod method,
      BigDecimal amount,
      LocalDate receivedOn,
      String reference,
      String provider,
      String providerEventId,
      String note) {}

  public Payment receive(Order order, Receipt r) {
    PaymentStatus before = order.getPaymentStatus();
    PaymentStatus after = order.receive(r.amount(), clock.instant(), r.method().name());
    Payment payment =
        write(
            order,
            new Payment.Details(
                PaymentKind.PAYMENT,
                r.method(),
                r.amount(),
                order.getCurrency(),
                r.receivedOn() == null ? LocalDate.now(clock) : r.receivedOn(),
                r.reference(),
                r.provider(),
                r.providerEventId(),
                r.note()));
    history.record(
        order,
        "payment",
        null,
        r.amount().toPlainString() + " " + order.getCurrency() + " · " + r.method(),
        r.note() != null && !r.note().isBlank() ? r.note().strip() : r.reference());
    if (before != after) {
      history.record(order, "paymentStatus", before.name(), after.name(), null);
    }
    if (after == PaymentStatus.PAID) {
      launch.ifPaid(order);
      paidInFull.fire(new OrderPaidInFull(order));
    } else if (order.getPhase() == Phase.FAILED) {
      waitsAgain(order);
    }
    return payment;
  }

  /** Part of the money arrived after a failed payment: the order waits for the rest again. */
  private void waitsAgain(Order order) {
    OrderStatus waiting = statuses.require(Phase.PENDING_PAYMENT);
    OrderStatus old = order.moveTo(waiting, clock.instant());
    history.record(
        order, "status", old.name(Locale.ENGLISH), waiting.name(Locale.ENGLISH), RECEIVED);
  }

  /** Takes back all payments of an order as a mistake (marked Not paid), with the reason. */
  public Payment reverse(Order order, String reason) {
    PaymentStatus before = order.getPaymentStatus();
    BigDecimal reversed = order.reversePayments();
    Payment payment =
        write(
            order,
            new Payment.Details(
                PaymentKind.REVERSAL,
                PaymentMethod.MARKED_PAID,
                reversed.negate(),
                order.getCurrency(),
                LocalDate.now(clock),
                null,
                null,
                null,
                reason));
    history.record(order, "paymentStatus", before.name(), order.getPaymentStatus().name(), reason);
    return payment;
  }

  /** Money paid back to the customer (a credit note settled as a refund). */
  public Payment refund(Order order, BigDecimal amount, PaymentMethod method, String note) {
    PaymentStatus before = order.getPaymentStatus();
    order.refund(amount);
    Payment payment =
        write(
            order,
            new Payment.Details(
                PaymentKind.REFUND,
                method,
                amount.negate(),
                order.getCurrency(),
                LocalDate.now(clock),
                null,
                null,
                null,
                note));
    history.record(order, "refund", null, amount.toPlainString() + " " + order.getCurrency(), note);
    history.record(order, "paymentStatus", before.name(), order.getPaymentStatus().name(), null);
    return payment;
  }

  private Payment write(Order order, Payment.Details details) {
    Payment payment = new Payment(order.getId(), details, clock.instant(), tenant.actor());
    db.em().persist(payment);
    db.em().flush();
    return payment;
  }
}
