package com.orderpool.invoicing.control;

import com.orderpool.invoicing.entity.GroupMember;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves orders in and out of a group in the caller's transaction: each member's shipping becomes
 * its share of the group's (the first order by number pays the first-item rate, the others the
 * further-item rate), and an order that leaves gets the shipping it had alone back. Every change is
 * in the order's history.
 */
@ApplicationScoped
public class GroupShipping {
  @Inject TenantDatabase db;
  @Inject OrderHistory history;
  @Inject Clock clock;

  /** A group's current members, by order number. */
  public List<GroupMember> current(long groupId) {
    return db.em()
        .createQuery(
            "SELECT m FROM GroupMember m WHERE m.groupId = :g AND m.leftAt IS NULL"
                + " ORDER BY m.orderSeq",
            GroupMember.class)
        .setParameter("g", groupId)
        .getResultList();
  }

  /** Every order that ever was in the group: current members first, then former ones. */
  public List<GroupMember> all(long groupId) {
    return db.em()
        .createQuery(
            "SELECT m FROM GroupMember m WHERE m.groupId = :g ORDER BY m.orderSeq, m.id",
            GroupMember.class)
        .setParameter("g", groupId)
        .getResultList();
  }

  /** Joins orders, sorted by number, into a freshly opened (flushed) group. */
  public void join(OrderGroup group, List<Order> byNumber) {
    List<BigDecimal> shares = group.rates().shares(byNumber.size());
    for (int i = 0; i < byNumber.size(); i++) {
      Order o = byNumber.get(i);
      BigDecimal alone = o.getShippingCost();
      String oldTotal = o.getTotal().toPlainString();
      db.em()
          .persist(
              new GroupMember(
                  group.getId(),
                  o.getId(),
                  o.getNumber(),
                  o.getSeq(),
                  alone,
                  shares.get(i),
                  clock.instant()));
      o.regroup(group.getId(), shares.get(i));
      history.record(o, "group", null, group.getNumber(), null);
      recordShipping(o, alone, oldTotal, "grouped shipping " + group.getNumber());
    }
  }

  /** An order leaves the group: its own shipping is restored. */
  public void leave(OrderGroup group, GroupMember member, Order order, String reason) {
    BigDecimal before = order.getShippingCost();
    String oldTotal = order.getTotal().toPlainString();
    order.regroup(null, member.getShippingAlone());
    member.leave(clock.instant());
    history.record(order, "group", group.getNumber(), null, reason);
    recordShipping(order, before, oldTotal, reason);
  }

  /** Shares the group's shipping out again among its remaining members (sorted by number). */
  public void reshare(OrderGroup group, List<GroupMember> byNumber, Map<Long, Order> orders) {
    List<BigDecimal> shares = group.rates().shares(byNumber.size());
    for (int i = 0; i < byNumber.size(); i++) {
      GroupMember m = byNumber.get(i);
      if (m.reshare(shares.get(i))) {
        Order o = orders.get(m.getOrderId());
        BigDecimal before = o.getShippingCost();
        String oldTotal = o.getTotal().toPlainString();
        o.regroup(group.getId(), shares.get(i));
        recordShipping(o, before, oldTotal, "grouped shipping " + group.getNumber());
      }
    }
  }

  /** The group an order is in now, if any. */
  public Optional<GroupMember> membershipOf(long orderId) {
    return db.em()
        .createQuery(
            "SELECT m FROM GroupMember m WHERE m.orderId = :o AND m.leftAt IS NULL",
            GroupMember.class)
        .setParameter("o", orderId)
        .getResultStream()
        .findFirst();
  }

  private void recordShipping(Order o, BigDecimal before, String oldTotal, String reason) {
    if (before.compareTo(o.getShippingCost()) != 0) {
      history.record(
          o, "shipping", before.toPlainString(), o.getShippingCost().toPlainString(), reason);
      history.record(o, "total", oldTotal, o.getTotal().toPlainString(), reason);
    }
  }
}
