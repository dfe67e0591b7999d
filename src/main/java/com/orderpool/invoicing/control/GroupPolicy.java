package com.orderpool.invoicing.control;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import java.util.List;
import java.util.Objects;

/**
 * Which orders may be grouped: at least two unpaid MTO orders in Pending Payment, of one customer
 * and currency, in no other group and not yet invoiced. Each refusal names the order it is about.
 */
public final class GroupPolicy {
  public static final int MIN_ORDERS = 2;

  private GroupPolicy() {}

  public static void checkGroupable(List<Order> orders) {
    if (orders.size() < MIN_ORDERS) {
      throw BusinessException.of("group.tooFew", MIN_ORDERS);
    }
    for (Order o : orders) {
      checkMember(o);
    }
    Order first = orders.get(0);
    for (Order o : orders) {
      if (!sameCustomer(first, o)) {
        throw BusinessException.of("group.customers", first.getNumber(), o.getNumber());
      }
      if (!Objects.equals(first.getCurrency(), o.getCurrency())) {
        throw BusinessException.of("group.currencies", first.getNumber(), o.getNumber());
      }
    }
  }

  /** One order on its own: MTO, unpaid, waiting for payment, ungrouped, uninvoiced. */
  public static void checkMember(Order o) {
    if (o.getType() != OrderType.MTO) {
      throw BusinessException.of("group.notMto", o.getNumber());
    }
    if (o.getPaymentStatus() != PaymentStatus.UNPAID) {
      throw BusinessException.of("group.paid", o.getNumber());
    }
    if (o.getPhase() != Phase.PENDING_PAYMENT) {
      throw BusinessException.of("group.notPending", o.getNumber());
    }
    if (o.getGroupId() != null) {
      throw BusinessException.of("group.alreadyGrouped", o.getNumber());
    }
    if (o.getInvoiceId() != null) {
      throw BusinessException.of("group.invoiced", o.getNumber(), o.getInvoiceNumber());
    }
  }

  /** The same customer: the same customer record, or (for older orders) the same e-mail. */
  static boolean sameCustomer(Order a, Order b) {
    if (a.getCustomerId() != null && b.getCustomerId() != null) {
      return a.getCustomerId().equals(b.getCustomerId());
    }
    return a.getCustomerEmail().equalsIgnoreCase(b.getCustomerEmail());
  }
}
