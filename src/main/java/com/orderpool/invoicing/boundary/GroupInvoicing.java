package com.orderpool.invoicing.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.control.GroupNumbering;
import com.orderpool.invoicing.control.GroupPolicy;
import com.orderpool.invoicing.control.GroupShipping;
import com.orderpool.invoicing.control.InvoiceFactory;
import com.orderpool.invoicing.control.ShippingRateSettings;
import com.orderpool.invoicing.entity.GroupMember;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.control.PaymentRecorder;
import com.orderpool.payments.control.PaymentRecorder.Receipt;
import com.orderpool.payments.control.PaymentSettings;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Group invoicing of the current tenant's orders: group unpaid MTO orders of one customer (their
 * shipping becomes shares of the group rate), take an order out again, dissolve a group, and pay a
 * group at once: every member is paid and launched into production and one invoice covers them all,
 * in one transaction.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class GroupInvoicing {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderService orders;
  @Inject GroupNumbering numbering;
  @Inject GroupShipping shipping;
  @Inject ShippingRateSettings rates;
  @Inject PaymentRecorder recorder;
  @Inject PaymentSettings paymentSettings;
  @Inject InvoiceFactory invoices;
  @Inject Clock clock;

  /** Groups orders (ids from the pool's selection); refuses with the first reason it finds. */
  public OrderGroup group(@NotNull List<Long> orderIds) {
    List<Order> members =
        orderIds.stream()
            .distinct()
            .map(orders::get)
            .sorted(Comparator.comparingLong(Order::getSeq))
            .toList();
    GroupPolicy.checkGroupable(members);
    Order first = members.get(0);
    OrderGroup group =
        OrderGroup.open(
            numbering.next(),
            db.tenantCode(),
            new OrderGroup.Customer(
                first.getCustomerId(), first.getCustomerEmail(), first.getCustomerName()),
            first.getCurrency(),
            rates.current(),
            members.size(),
            tenant.actor(),
            clock.instant());
    db.em().persist(group);
    db.em().flush();
    shipping.join(group, members);
    members.forEach(orders::saved);
    return group;
  }

  /**
   * Takes an order out of an open group; its own shipping comes back and the others' shares are
   * worked out again. A group left with one order is dissolved.
   */
  public OrderGroup remove(long groupId, long orderId, long expectedVersion) {
    OrderGroup group = forChange(groupId, expectedVersion);
    group.requireOpen();
    List<GroupMember> current = shipping.current(groupId);
    GroupMember leaving =
        current.stream()
            .filter(m -> m.getOrderId() == orderId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("group member", orderId));
    Order order = orders.get(orderId);
    shipping.leave(group, leaving, order, "removed from group " + group.getNumber());
    orders.saved(order);
    List<GroupMember> staying = current.stream().filter(m -> m != leaving).toList();
    if (group.memberLeft() < GroupPolicy.MIN_ORDERS) {
      dissolve(group, staying);
    } else {
      Map<Long, Order> byId =
          staying.stream()
              .map(m -> orders.get(m.getOrderId()))
              .collect(Collectors.toMap(Order::getId, Function.identity()));
      shipping.reshare(group, staying, byId);
      byId.values().forEach(orders::saved);
    }
    return saved(group);
  }

  /** Dissolves an open group: every order gets its own shipping back. */
  public OrderGroup dissolve(long groupId, long expectedVersion) {
    OrderGroup group = forChange(groupId, expectedVersion);
    group.requireOpen();
    dissolve(group, shipping.current(groupId));
    return saved(group);
  }

  /**
   * Pays an open group: each member's balance is recorded as received (so each becomes Paid and
   * launches into production), then one invoice covers all members and the group is Paid. The
   * amount must be the group's balance the caller saw; any refusal rolls everything back.
   */
  public OrderGroup pay(long groupId, @NotNull @Valid PaymentInput in, long expectedVersion) {
    OrderGroup group = forChange(groupId, expectedVersion);
    group.requireOpen();
    if (!paymentSettings.manualMethods().contains(in.getMethod())) {
      throw new BusinessException("method", "payment.method.disabled");
    }
    List<Order> members =
        shipping.current(groupId).stream().map(m -> orders.get(m.getOrderId())).toList();
    BigDecimal due =
        members.stream().map(Order::balanceDue).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (due.compareTo(in.getAmount()) != 0) {
      throw new ConflictException("amount", "group.pay.amountChanged", group.getNumber());
    }
    String note =
        in.getNote() == null || in.getNote().isBlank()
            ? "group " + group.getNumber()
            : in.getNote().strip();
    List<Order> paid = new ArrayList<>();
    for (Order o : members) {
      requireStillPayable(group, o);
      recorder.receive(
          o,
          new Receipt(
              in.getMethod(),
              o.balanceDue(),
              in.getReceivedOn(),
              in.getReference(),
              null,
              null,
              note));
      paid.add(o);
    }
    Invoice invoice = invoices.invoice(paid, group.getId());
    group.paid(invoice.getId(), invoice.getNumber(), tenant.actor(), clock.instant());
    paid.forEach(orders::saved);
    return saved(group);
  }

  /** The pay dialog's starting point: the group's balance, today and the first manual method. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public PaymentInput draftPayment(long groupId) {
    OrderGroup group = db.em().find(OrderGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException("group", groupId);
    }
    BigDecimal due =
        shipping.current(groupId).stream()
            .map(m -> orders.get(m.getOrderId()).balanceDue())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<PaymentMethod> methods = paymentSettings.manualMethods();
    return new PaymentInput(methods.isEmpty() ? null : methods.get(0), due, LocalDate.now(clock));
  }

  /** The manual methods staff may record a group's payment with. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<PaymentMethod> manualMethods() {
    return paymentSettings.manualMethods();
  }

  private void requireStillPayable(OrderGroup group, Order o) {
    if (!group.getId().equals(o.getGroupId())
        || o.getPaymentStatus() != PaymentStatus.UNPAID
        || o.getPhase() != Phase.PENDING_PAYMENT) {
      throw new ConflictException(null, "group.pay.memberChanged", o.getNumber());
    }
    if (o.balanceDue().signum() <= 0) {
      throw BusinessException.of("group.pay.nothingDue", o.getNumber());
    }
  }

  private void dissolve(OrderGroup group, List<GroupMember> members) {
    for (GroupMember m : members) {
      Order o = orders.get(m.getOrderId());
      shipping.leave(group, m, o, "group " + group.getNumber() + " dissolved");
      orders.saved(o);
    }
    group.dissolve(tenant.actor(), clock.instant());
  }

  private OrderGroup forChange(long groupId, long expectedVersion) {
    OrderGroup group = db.em().find(OrderGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException("group", groupId);
    }
    if (group.getVersion() != expectedVersion) {
      throw new ConflictException(null, "group.changedMeanwhile", group.getNumber());
    }
    return group;
  }

  private OrderGroup saved(OrderGroup group) {
    try {
      db.em().flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(null, "group.changedMeanwhile", group.getNumber());
    }
    return group;
  }
}
