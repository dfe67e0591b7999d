package com.orderpool.invoicing.boundary;

import com.orderpool.invoicing.entity.GroupMember;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.PaymentStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * What the group page shows: the group, its member orders with their shipping alone and grouped,
 * former members, and the group's cost summary, saving and balance.
 */
public record GroupView(
    OrderGroup group, List<Member> members, List<GroupMember> former, Totals totals)
    implements Serializable {

  /** A current member: the order and its membership (shipping alone and share). */
  public record Member(Order order, GroupMember membership) implements Serializable {}

  /** The group's costs: the sums of its members'. */
  public record Totals(
      BigDecimal manufacturing,
      BigDecimal customization,
      BigDecimal shipping,
      BigDecimal vat,
      BigDecimal total,
      BigDecimal shippingAlone,
      BigDecimal paid,
      BigDecimal balance,
      PaymentStatus paymentStatus)
      implements Serializable {

    /** What grouping saves on shipping (negative when it costs more). */
    public BigDecimal getSaving() {
      return shippingAlone.subtract(shipping);
    }

    public BigDecimal getManufacturing() {
      return manufacturing;
    }

    public BigDecimal getCustomization() {
      return customization;
    }

    public BigDecimal getShipping() {
      return shipping;
    }

    public BigDecimal getVat() {
      return vat;
    }

    public BigDecimal getTotal() {
      return total;
    }

    public BigDecimal getShippingAlone() {
      return shippingAlone;
    }

    public BigDecimal getPaid() {
      return paid;
    }

    public BigDecimal getBalance() {
      return balance;
    }

    public PaymentStatus getPaymentStatus() {
      return paymentStatus;
    }
  }

  static GroupView of(OrderGroup group, List<Member> members, List<GroupMember> former) {
    List<Order> orders = members.stream().map(Member::order).toList();
    BigDecimal alone =
        members.stream()
            .map(m -> m.membership().getShippingAlone())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    Totals totals =
        new Totals(
            sum(orders, Order::getManufacturingCost),
            sum(orders, Order::getCustomizationCost),
            sum(orders, Order::getShippingCost),
            sum(orders, Order::getVatAmount),
            sum(orders, Order::getTotal),
            alone,
            sum(orders, Order::getAmountPaid),
            sum(orders, Order::balanceDue),
            paymentStatus(orders));
    return new GroupView(group, members, former, totals);
  }

  private static BigDecimal sum(List<Order> orders, Function<Order, BigDecimal> value) {
    return orders.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static PaymentStatus paymentStatus(List<Order> orders) {
    if (!orders.isEmpty()
        && orders.stream().allMatch(o -> o.getPaymentStatus() == PaymentStatus.PAID)) {
      return PaymentStatus.PAID;
    }
    boolean any =
        orders.stream()
            .anyMatch(
                o ->
                    o.getPaymentStatus() == PaymentStatus.PAID
                        || o.getPaymentStatus() == PaymentStatus.PARTIALLY_PAID);
    return any ? PaymentStatus.PARTIALLY_PAID : PaymentStatus.UNPAID;
  }

  public OrderGroup getGroup() {
    return group;
  }

  public List<Member> getMembers() {
    return members;
  }

  public List<GroupMember> getFormer() {
    return former;
  }

  public Totals getTotals() {
    return totals;
  }
}
