package com.orderpool.imports.boundary;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.imports.control.TrackingRow;
import com.orderpool.imports.entity.ImportedOrder;
import com.orderpool.imports.entity.ImportedOrder.Outcome;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.shipping.boundary.ShipmentView;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShipmentStatus;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A tracking file's transactions, one per row: the row's order ships as the shipping page ships it
 * (one shipment of all it has left, with the row's tracking numbers, sent at once: the order moves
 * to its Shipped status and its customer gets Track &amp; trace) and the outcome is recorded with
 * it; or nothing happens and the row's refusal is thrown. An order that already went with every
 * number of the row is a duplicate, not shipped again. System work only.
 */
@Allow
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrackingSteps {
  @Inject TenantDatabase db;
  @Inject OrderService orders;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;

  /** Ships the row's order (or finds it shipped with these numbers); answers the outcome. */
  public Outcome ship(long jobId, TrackingRow row, String fileName) {
    Order order = order(row.orderNumber());
    List<String> sent =
        shipments.ofOrder(order.getId()).stream()
            .filter(s -> s.shipment().getStatus() != ShipmentStatus.SCHEDULED)
            .flatMap(s -> s.parcels().stream())
            .map(ShipmentView.ParcelLink::number)
            .toList();
    if (row.sentBefore(sent)) {
      record(jobId, row, Outcome.DUPLICATE, order.getNumber());
      return Outcome.DUPLICATE;
    }
    long method = method(order, row);
    String note =
        fileName
            + ", line "
            + row.line()
            + (row.shippedAt() == null ? "" : ", shipped_at " + row.shippedAt());
    Shipment s =
        shipments.schedule(
            order.getId(), method, String.join("\n", row.numbers()), null, cut(note, 500));
    shipments.send(s.getId());
    record(jobId, row, Outcome.CREATED, order.getNumber());
    return Outcome.CREATED;
  }

  private Order order(String number) {
    try {
      return orders.getByNumber(number);
    } catch (NotFoundException unknown) {
      throw new BusinessException(
          TrackingRow.ORDER_NUMBER, "imports.tracking.unknownOrder", cut(number, 40));
    }
  }

  /** The row's method by name, or else the one the order's customer chose. */
  private long method(Order order, TrackingRow row) {
    if (row.method() != null) {
      return methods.activeNamed(row.method(), TrackingRow.SHIPPING_METHOD);
    }
    Long chosen = order.getTracking().getMethodId();
    if (chosen == null) {
      throw new BusinessException(
          TrackingRow.SHIPPING_METHOD, "shipment.bulk.noMethod", order.getNumber());
    }
    return chosen;
  }

  private void record(long jobId, TrackingRow row, Outcome outcome, String number) {
    db.em()
        .persist(
            new ImportedOrder(jobId, cut(row.orderNumber(), 100), row.line(), outcome, number));
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
