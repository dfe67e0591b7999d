package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.control.CancelPolicy;
import com.orderpool.orders.control.CancelQuote;
import com.orderpool.orders.control.OnAccount;
import com.orderpool.orders.control.OrderCancelled;
import com.orderpool.orders.control.OrderChanged;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.OrderSettingsValues;
import com.orderpool.orders.control.ProductionLaunch;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Status moves, hold and release, cancellation with fees, and clone of the tenant's orders. */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
@DeclareRoles("TENANT_ADMIN")
public class OrderWorkflow {
  @Inject TenantDatabase db;
  @Inject com.orderpool.orders.control.RetailerDirectory retailers;
  @Inject TenantContext tenant;
  @Resource SessionContext session;
  @Inject OrderService orders;
  @Inject StatusCatalog statuses;
  @Inject ProductionLaunch launch;
  @Inject OnAccount onAccountRule;
  @Inject OrderHistory history;
  @Inject OrderSettingsValues orderSettings;
  @Inject Clock clock;
  @Inject Event<OrderChanged> changed;
  @Inject Event<OrderCancelled> cancellations;

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<OrderStatus> nextStatuses(long orderId) {
    return statuses.machine().nextStatuses(orders.get(orderId));
  }

  /**
   * Moves an order to a status the machine allows. An unpaid order goes into production only on
   * account (a trusted customer of a tenant that ships before payment), noted in its history.
   */
  public Order moveTo(long orderId, long statusId, long expectedVersion) {
    Order order = orders.forChange(orderId, expectedVersion);
    OrderStatus target = statuses.get(statusId);
    statuses.machine().check(order, target);
    boolean onAccount = onAccountRule.covers(order, target);
    OrderStatus old = order.moveTo(target, clock.instant(), onAccount);
    history.record(
        order,
        "status",
        old.name(Locale.ENGLISH),
        target.name(Locale.ENGLISH),
        onAccount ? OnAccount.NOTE : null);
    return orders.saved(order);
  }

  /**
   * The outcome of a bulk move: how many moved, which orders were skipped because the move is not
   * allowed from their status, which because they are not paid in full, and which of the moved went
   * into production before payment, on account.
   */
  public record BulkResult(
      int moved, List<String> skipped, List<String> unpaid, List<String> onAccount)
      implements java.io.Serializable {}

  /**
   * Moves several orders to one status in one transaction; orders for which the move is not
   * allowed, or that wait for payment (and are not on account), are skipped and named in the
   * result, the others move.
   */
  public BulkResult moveMany(List<Long> orderIds, long statusId) {
    OrderStatus target = statuses.get(statusId);
    var machine = statuses.machine();
    int moved = 0;
    List<String> skipped = new java.util.ArrayList<>();
    List<String> unpaid = new java.util.ArrayList<>();
    List<String> movedOnAccount = new java.util.ArrayList<>();
    List<Order> found =
        db.em()
            .createQuery("SELECT o FROM Order o WHERE o.id IN :ids ORDER BY o.id", Order.class)
            .setParameter("ids", orderIds)
            .getResultList();
    if (found.size() != new java.util.HashSet<>(orderIds).size()) {
      throw new NotFoundException("order", orderIds);
    }
    for (Order order : found) {
      boolean onAccount = onAccountRule.covers(order, target);
      if (order.waitsForMoneyBefore(target, onAccount)) {
        unpaid.add(order.getNumber());
        continue;
      }
      if (!machine.nextStatuses(order).contains(target)) {
        skipped.add(order.getNumber());
        continue;
      }
      OrderStatus old = order.moveTo(target, clock.instant(), onAccount);
      history.record(
          order,
          "status",
          old.name(Locale.ENGLISH),
          target.name(Locale.ENGLISH),
          onAccount ? OnAccount.NOTE : "bulk change");
      if (onAccount) {
        movedOnAccount.add(order.getNumber());
      }
      changed.fire(new OrderChanged(db.tenantCode(), order.getNumber()));
      moved++;
    }
    db.em().flush();
    return new BulkResult(moved, skipped, unpaid, movedOnAccount);
  }

  /**
   * Launches an order that just became fully paid into the tenant's first production status (sets
   * its WIP start); an order that is not waiting for payment, or not paid in full, stays as it is.
   */
  public Order launchIfPaid(Order order) {
    return launch.ifPaid(order);
  }

  /**
   * Pieces of a shipped order came back for repair: the order goes back into a production status
   * (the tenant's first one when {@code statusCode} is blank) and those pieces are to ship again.
   */
  public Order backToProduction(long orderId, String statusCode, int pieces, String why) {
    Order order = orders.get(orderId);
    if (order.getPhase() != Phase.SHIPPED && order.getPhase() != Phase.COMPLETED) {
      throw BusinessException.of("order.repair.notShipped", order.getNumber());
    }
    OrderStatus target =
        statusCode == null || statusCode.isBlank()
            ? statuses.require(Phase.IN_PRODUCTION)
            : statuses.byCode(statusCode);
    if (target.getPhase() != Phase.IN_PRODUCTION) {
      target = statuses.require(Phase.IN_PRODUCTION);
    }
    OrderStatus old = order.moveTo(target, clock.instant());
    order.getTracking().cameBack(pieces);
    history.record(order, "status", old.name(Locale.ENGLISH), target.name(Locale.ENGLISH), why);
    changed.fire(new OrderChanged(db.tenantCode(), order.getNumber()));
    return orders.saved(order);
  }

  public Order hold(long orderId, String reason, long expectedVersion) {
    Order order = orders.forChange(orderId, expectedVersion);
    if (!order.isHoldable()) {
      throw BusinessException.of("order.hold.notAllowed");
    }
    OrderStatus old = order.getStatus();
    OrderStatus onHold = statuses.require(Phase.ON_HOLD);
    order.hold(onHold);
    history.record(order, "status", old.name(Locale.ENGLISH), onHold.name(Locale.ENGLISH), reason);
    return orders.saved(order);
  }

  public Order release(long orderId, long expectedVersion) {
    Order order = orders.forChange(orderId, expectedVersion);
    OrderStatus old = order.getStatus();
    OrderStatus back = order.release();
    history.record(
        order, "status", old.name(Locale.ENGLISH), back.name(Locale.ENGLISH), "released");
    return launchIfPaid(orders.saved(order));
  }

  /** What cancelling would cost now, for the confirmation dialog. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public CancelQuote quoteCancel(long orderId) {
    Order order = orders.get(orderId);
    return policy().quote(situation(order), clock.instant());
  }

  /**
   * Cancels with the computed fee, or with an admin's override as a percentage of the total. A
   * reason is required; any credit owed to the customer is recorded as pending.
   */
  public Order cancel(
      long orderId, String reason, BigDecimal overridePercent, long expectedVersion) {
    return cancel(orderId, reason, null, overridePercent, expectedVersion);
  }

  /**
   * Cancels an order with an internal reason and an optional message to the customer, which the
   * cancellation e-mail carries (the reason never leaves the company).
   */
  public Order cancel(
      long orderId,
      String reason,
      String customerMessage,
      BigDecimal overridePercent,
      long expectedVersion) {
    Order order = orders.forChange(orderId, expectedVersion);
    CancelQuote quote;
    if (overridePercent != null) {
      if (!callerIs("TENANT_ADMIN")) {
        throw new BusinessException("overridePercent", "cancel.override.adminOnly");
      }
      if (overridePercent.signum() < 0 || overridePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new BusinessException("overridePercent", "cancel.override.range");
      }
      quote = policy().override(situation(order), overridePercent, clock.instant());
    } else {
      quote = policy().quote(situation(order), clock.instant());
    }
    if (!quote.allowed()) {
      throw BusinessException.of(quote.reasonKey());
    }
    OrderStatus old = order.getStatus();
    OrderStatus cancelled = statuses.require(Phase.CANCELLED);
    order.cancel(cancelled, reason, customerMessage, quote.fee(), quote.credit(), clock.instant());
    history.record(
        order, "status", old.name(Locale.ENGLISH), cancelled.name(Locale.ENGLISH), reason);
    history.record(order, "cancelFee", null, quote.fee().toPlainString(), quote.reasonKey());
    if (order.getPendingCredit() != null) {
      history.record(order, "pendingCredit", null, order.getPendingCredit().toPlainString(), null);
    }
    cancellations.fire(new OrderCancelled(orders.saved(order)));
    return order;
  }

  /**
   * The new-order form filled in from an order, for the user to review: the same type, model, lines
   * (each naming the line it copies), customer, addresses and costs. Nothing is placed until the
   * form is submitted.
   */
  public NewOrder cloneDraft(long orderId) {
    Order source = orders.get(orderId);
    NewOrder copy =
        new NewOrder(
            source.getType(),
            source.getModel(),
            source.getQuantity(),
            source.getCustomerName(),
            source.getCustomerEmail());
    List<LineInput> lines = new java.util.ArrayList<>();
    source.getLines().forEach(line -> lines.add(LineInput.of(line)));
    copy.setLines(lines);
    copy.setCustomerPhone(source.getCustomerPhone());
    copy.setCustomerCompany(source.getCustomerCompany());
    copy.setCustomerLanguage(source.getCustomerLanguage());
    copy.setBilling(source.getBilling() == null ? null : source.getBilling().copy());
    copy.setShipping(source.getShipping() == null ? null : source.getShipping().copy());
    copy.setCustomizationCost(source.getCustomizationCost());
    copy.setShippingCost(source.getShippingCost());
    copy.setShippingMethodId(source.getTracking().getMethodId());
    retailers
        .find(source.getRetailerId())
        .filter(r -> !r.isRetired())
        .ifPresent(r -> copy.setRetailer(r.getCode()));
    copy.setCloneOf(source.getId());
    return copy;
  }

  private CancelPolicy policy() {
    return new CancelPolicy(Duration.ofHours(orderSettings.cancelWindowHours()));
  }

  private CancelPolicy.Situation situation(Order order) {
    String ponr = orderSettings.pointOfNoReturn();
    OrderStatus effective = order.effectiveStatus();
    return new CancelPolicy.Situation(
        order.getPhase(),
        order.getTotal(),
        order.getAmountPaid(),
        order.getPaidAt(),
        statuses.reachedPointOfNoReturn(order, ponr),
        effective.cancellationFee());
  }

  /** True for system work or a caller in the role (a rule on an argument, not on the method). */
  private boolean callerIs(String role) {
    return tenant.isSystem() || session.isCallerInRole(role);
  }
}
