package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.LineSpec;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Edits an order after it was placed: lines, quantity and costs while it waits for payment or is on
 * hold (totals recomputed); addresses until it ends, with a reason once it is in production. Every
 * edit is written to the order's history.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class OrderEditing {
  @Inject TenantDatabase db;
  @Inject OrderService orders;
  @Inject OrderHistory history;

  public Order editAddresses(
      long orderId,
      long expectedVersion,
      @NotNull(message = "{address.billing.required}") @Valid Address billing,
      @Valid Address shipping,
      @Size(max = 1000) String reason) {
    Order order = orders.forChange(orderId, expectedVersion);
    String oldBilling = text(order.getBilling());
    String oldShipping = text(order.getShipping());
    List<String> changedFields = order.changeAddresses(billing, shipping, reason);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (changedFields.contains("billingAddress")) {
      history.record(order, "billingAddress", oldBilling, order.getBilling().oneLine(), why);
    }
    if (changedFields.contains("shippingAddress")) {
      history.record(order, "shippingAddress", oldShipping, order.getShipping().oneLine(), why);
    }
    return orders.saved(order);
  }

  public Order editLines(
      long orderId,
      long expectedVersion,
      @NotEmpty(message = "{order.edit.oneLine}") @Valid List<LineInput> lines,
      int quantity,
      @NotNull
          @DecimalMin(value = "0.00", message = "{cost.min}")
          @Digits(integer = 10, fraction = 2, message = "{line.unitPrice.digits}")
          BigDecimal customizationCost,
      @NotNull
          @DecimalMin(value = "0.00", message = "{cost.min}")
          @Digits(integer = 10, fraction = 2, message = "{line.unitPrice.digits}")
          BigDecimal shippingCost) {
    Order order = orders.forChange(orderId, expectedVersion);
    if (order.getGroupId() != null) {
      // its shipping is a share of the group's and the group is paid as one: leave the group first
      throw BusinessException.of("order.edit.grouped", order.getNumber());
    }
    db.em().lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    String oldLines = order.linesSummary();
    String oldTotal = order.getTotal().toPlainString();
    int oldQuantity = order.getQuantity();
    List<LineSpec> specs = LineInput.specs(lines);
    List<Order.LineEdit> edits = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      edits.add(new Order.LineEdit(lines.get(i).getLineId(), specs.get(i)));
    }
    Order.LineChanges changes = order.editLines(edits, quantity, customizationCost, shippingCost);
    if (!changes.removed().isEmpty()) {
      long files =
          db.em()
              .createQuery(
                  "SELECT COUNT(a) FROM OrderAttachment a WHERE a.lineId IN :ids", Long.class)
              .setParameter("ids", changes.removed().stream().map(OrderLine::getId).toList())
              .getSingleResult();
      if (files > 0) {
        throw BusinessException.of("order.edit.lineHasFiles");
      }
    }
    changes.removed().forEach(db.em()::remove);
    changes.added().forEach(db.em()::persist);
    if (!oldLines.equals(order.linesSummary())) {
      history.record(order, "lines", oldLines, order.linesSummary(), null);
    }
    if (oldQuantity != order.getQuantity()) {
      history.record(
          order,
          "quantity",
          String.valueOf(oldQuantity),
          String.valueOf(order.getQuantity()),
          null);
    }
    if (!oldTotal.equals(order.getTotal().toPlainString())) {
      history.record(order, "total", oldTotal, order.getTotal().toPlainString(), null);
    }
    orders.saved(order);
    order.getLines().sort(java.util.Comparator.comparingInt(OrderLine::getLineNo));
    return order;
  }

  private static String text(Address a) {
    return a == null ? null : a.oneLine();
  }
}
