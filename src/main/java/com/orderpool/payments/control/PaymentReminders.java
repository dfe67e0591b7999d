package com.orderpool.payments.control;

import com.orderpool.notifications.control.OrderMails;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Payment reminders of the current tenant: orders waiting for payment that have been quiet (no
 * payment reminder, or none since placed) for the tenant's {@code payment.reminder-days} get the
 * {@code payment_reminder} e-mail in the customer's language, through the outbox. Each order is
 * locked and checked again before it is reminded, so runs on several nodes at once send one
 * reminder per order and period.
 */
@Stateless
public class PaymentReminders {
  /** Orders handled per call (one transaction); callers repeat while a call fills a batch. */
  public static final int BATCH = 200;

  private static final List<PaymentStatus> NOT_PAID =
      List.copyOf(EnumSet.complementOf(EnumSet.of(PaymentStatus.PAID)));

  @Inject TenantDatabase db;
  @Inject PaymentSettings settings;
  @Inject OrderMails mails;
  @Inject OrderHistory history;
  @Inject OrderStore orders;

  /** Sends up to {@link #BATCH} due reminders as of {@code now}; returns how many were sent. */
  public int sendDue(Instant now) {
    int days = settings.reminderDays();
    if (days <= 0 || !mails.isEnabled(MailEvent.PAYMENT_REMINDER)) {
      return 0;
    }
    int sent = 0;
    for (long id : dueIds(now.minus(Duration.ofDays(days)))) {
      Order order = orders.lockedWithLines(id);
      // another node may have reminded it while we waited for the lock
      if (order.isReminderDue(now, days)) {
        remind(order, now, "payment reminder after " + days + " days");
        sent++;
      }
    }
    db.em().flush();
    return sent;
  }

  /** Queues the reminder for one order, notes it on the order and in its history. */
  public void remind(Order order, Instant now, String reason) {
    mails.queueToCustomer(MailEvent.PAYMENT_REMINDER, order);
    order.reminded(now);
    history.record(
        order, "paymentReminder", null, Integer.toString(order.getRemindersSent()), reason);
  }

  /**
   * The oldest due orders, by the reminder index {@code (phase, payment_status, created_at)}: an
   * order quiet since {@code cutoff} was also created by then.
   */
  private List<Long> dueIds(Instant cutoff) {
    return db.em()
        .createQuery(
            "SELECT o.id FROM Order o WHERE o.phase = :phase AND o.paymentStatus IN :open"
                + " AND o.createdAt <= :cutoff"
                + " AND (o.lastReminderAt IS NULL OR o.lastReminderAt <= :cutoff)"
                + " ORDER BY o.createdAt, o.id",
            Long.class)
        .setParameter("phase", Phase.PENDING_PAYMENT)
        .setParameter("open", NOT_PAID)
        .setParameter("cutoff", cutoff)
        .setMaxResults(BATCH)
        .getResultList();
  }
}
