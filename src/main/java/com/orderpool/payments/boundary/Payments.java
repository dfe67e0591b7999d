package com.orderpool.payments.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.payments.control.CreditLedger;
import com.orderpool.payments.control.PaymentRecorder;
import com.orderpool.payments.control.PaymentRecorder.Receipt;
import com.orderpool.payments.control.PaymentSettings;
import com.orderpool.payments.control.PaymentsReversed;
import com.orderpool.payments.entity.CustomerCredit;
import com.orderpool.payments.entity.Payment;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Payments of the current tenant's orders: the pay page's figures, manual payments (also partial
 * ones and payments with customer credit), and marking an order Paid / Not paid with a reason.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class Payments {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderService orders;
  @Inject PaymentRecorder recorder;
  @Inject PaymentSettings settings;
  @Inject CreditLedger credit;
  @Inject jakarta.enterprise.event.Event<PaymentsReversed> reversed;
  @Inject Clock clock;

  /** What the pay page shows: the order with its costs, its payments and the ways to pay. */
  public record PayPage(
      Order order,
      List<Payment> payments,
      List<PaymentMethod> methods,
      BigDecimal creditBalance,
      LocalDate today)
      implements java.io.Serializable {}

  public PayPage payPage(long orderId) {
    Order order = orders.get(orderId);
    BigDecimal available =
        order.getCustomerId() == null ? BigDecimal.ZERO : credit.balance(order.getCustomerId());
    return new PayPage(
        order, of(orderId), settings.manualMethods(), available, LocalDate.now(clock));
  }

  /** An order's payments, refunds and reversals, oldest first. */
  public List<Payment> of(long orderId) {
    orders.get(orderId);
    return db.em()
        .createQuery(
            "SELECT p FROM Payment p WHERE p.orderId = :o ORDER BY p.createdAt, p.id",
            Payment.class)
        .setParameter("o", orderId)
        .getResultList();
  }

  /**
   * Records a payment staff received. Partial payments are fine; more than the balance due is
   * refused. When the order becomes fully paid it launches into production.
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Order record(long orderId, @NotNull @Valid PaymentInput in, long expectedVersion) {
    Order order = orders.forChange(orderId, expectedVersion);
    refuseGrouped(order);
    if (in.getMethod() == PaymentMethod.CUSTOMER_CREDIT) {
      spendCredit(order, in.getAmount());
    } else if (!settings.manualMethods().contains(in.getMethod())) {
      throw new BusinessException("method", "payment.method.disabled");
    }
    recorder.receive(
        order,
        new Receipt(
            in.getMethod(),
            in.getAmount(),
            in.getReceivedOn(),
            in.getReference(),
            null,
            null,
            in.getNote()));
    return orders.saved(order);
  }

  /** Marks an order Paid: the balance due is recorded as received, with the reason. */
  @Allow({TENANT_ADMIN, STAFF})
  public Order markPaid(long orderId, String reason, long expectedVersion) {
    requireReason(reason);
    Order order = orders.forChange(orderId, expectedVersion);
    refuseGrouped(order);
    if (!order.isPayable()) {
      throw BusinessException.of("payment.notPayable", order.getNumber());
    }
    recorder.receive(
        order,
        new Receipt(
            PaymentMethod.MARKED_PAID,
            order.balanceDue(),
            LocalDate.now(clock),
            null,
            null,
            null,
            reason));
    return orders.saved(order);
  }

  /**
   * Marks an order Not paid: its payments are taken back as recorded by mistake, with the reason.
   * Customer credit it was paid with goes back to the customer's credit account, and its invoice is
   * marked Not paid again. An order already in production stays there; only its payment status
   * changes. Refused for a cancelled order (the cancellation settled its payments) and for an order
   * whose invoice has a credit note (the note rests on those payments).
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Order markUnpaid(long orderId, String reason, long expectedVersion) {
    requireReason(reason);
    Order order = orders.forChange(orderId, expectedVersion);
    Payment reversal = recorder.reverse(order, reason.strip());
    credit.giveBackSpentOn(
        order, reversal.getAmount().negate(), "order " + order.getNumber() + " marked not paid");
    reversed.fire(new PaymentsReversed(order));
    return orders.saved(order);
  }

  /** A customer's credit account: its balance and entries, newest first. */
  public record CreditAccount(BigDecimal balance, List<CustomerCredit> entries)
      implements java.io.Serializable {}

  public CreditAccount creditAccount(long customerId) {
    return new CreditAccount(credit.balance(customerId), credit.entries(customerId));
  }

  public List<PaymentMethod> manualMethods() {
    return settings.manualMethods();
  }

  private void spendCredit(Order order, BigDecimal amount) {
    if (order.getCustomerId() == null) {
      throw new BusinessException("method", "payment.credit.none");
    }
    BigDecimal balance = credit.lockedBalance(order.getCustomerId());
    if (amount.compareTo(balance) > 0) {
      throw new BusinessException("amount", "payment.credit.insufficient", balance);
    }
    credit.add(
        order.getCustomerId(),
        amount.negate(),
        order.getCurrency(),
        null,
        order.getId(),
        "paid order " + order.getNumber());
  }

  /** A grouped order is paid with its group (one payment page, one invoice). */
  private static void refuseGrouped(Order order) {
    if (order.getGroupId() != null) {
      throw BusinessException.of("payment.grouped", order.getNumber());
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("reason", "payment.reason.required");
    }
  }
}
