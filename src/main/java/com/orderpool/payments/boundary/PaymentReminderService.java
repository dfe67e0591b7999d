package com.orderpool.payments.boundary;

import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.notifications.control.OrderMails;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.control.PaymentReminders;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Payment reminders sent by hand from the order dashboard (admins and staff; accountants only
 * read). Cancelled, paid and ended orders are refused with a message saying why.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class PaymentReminderService {
  @Inject TenantContext tenant;
  @Inject OrderService orders;
  @Inject PaymentReminders reminders;
  @Inject OrderMails mails;
  @Inject Clock clock;

  /** E-mails the customer a payment reminder now; the order must still be at the version seen. */
  public Order remindNow(long orderId, long expectedVersion) {
    Order order = orders.forChange(orderId, expectedVersion);
    if (order.getPhase() == Phase.CANCELLED) {
      throw BusinessException.of("reminder.cancelled", order.getNumber());
    }
    if (order.getPaymentStatus() == PaymentStatus.PAID || order.isFullyPaid()) {
      throw BusinessException.of("reminder.paid", order.getNumber());
    }
    if (!order.isPayable()) {
      throw BusinessException.of("reminder.notPayable", order.getNumber());
    }
    if (!mails.isEnabled(MailEvent.PAYMENT_REMINDER)) {
      throw BusinessException.of("reminder.disabled");
    }
    if (order.getCustomerEmail() == null || order.getCustomerEmail().isBlank()) {
      throw BusinessException.of("reminder.noEmail", order.getNumber());
    }
    reminders.remind(order, clock.instant(), "sent by hand");
    return orders.saved(order);
  }
}
