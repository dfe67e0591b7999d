package com.orderpool.demo.boundary;

import com.orderpool.core.PageRequest;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import com.orderpool.returns.boundary.ReturnReceipts;
import com.orderpool.returns.boundary.Returns;
import com.orderpool.returns.boundary.Returns.LineRequest;
import com.orderpool.returns.entity.OrderReturn;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Returns for a demo tenant, one in each state: a refund still requested, a refund received (its
 * credit note), a store credit received and closed, and a replacement received (its free order).
 * Each is its own call, so that one that cannot be made leaves the others.
 */
@Allow
@Stateless
public class DemoReturns {
  /** The demo returns: reason, action, and what happens after the request. */
  public enum Story {
    REQUESTED("wrong-size", ReturnAction.REFUND, false, false),
    REFUNDED("damaged", ReturnAction.REFUND, true, false),
    CREDITED_AND_CLOSED("changed-mind", ReturnAction.STORE_CREDIT, true, true),
    REPLACED("not-as-described", ReturnAction.REPLACE, true, false);

    final String reason;
    final ReturnAction action;
    final boolean receive;
    final boolean close;

    Story(String reason, ReturnAction action, boolean receive, boolean close) {
      this.reason = reason;
      this.action = action;
      this.receive = receive;
      this.close = close;
    }
  }

  @Inject OrderService orders;
  @Inject Invoicing invoicing;
  @Inject Returns returns;
  @Inject ReturnReceipts receipts;

  /** The shipped, invoiced orders the stories use, oldest story first. */
  public List<Long> candidates() {
    PoolFilter shipped = new PoolFilter();
    shipped.setPhases(List.of(Phase.SHIPPED, Phase.COMPLETED));
    return orders.list(shipped, PageRequest.of(0, 20)).stream()
        .filter(o -> o.getGroupId() == null)
        .filter(o -> invoicing.ofOrder(o.getId()).stream().anyMatch(i -> !i.isCreditNote()))
        .map(Order::getId)
        .limit(Story.values().length)
        .toList();
  }

  /** One story on one order: its first line comes back. */
  public void tell(Story story, long orderId) {
    Order o = orders.get(orderId);
    OrderReturn r =
        returns.create(
            orderId,
            List.of(new LineRequest(o.getLines().get(0).getId(), 1, story.reason, story.action)),
            story == Story.REQUESTED ? "Customer will drop the parcel at the post office." : null);
    if (story.receive) {
      receipts.receive(r.getId());
    }
    if (story.close) {
      receipts.close(r.getId());
    }
  }
}
