package com.orderpool.shipping.web;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.BulkActionsBean;
import com.orderpool.shipping.boundary.BulkShipping;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.control.TrackingNumbers;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order pool's "Ship selected…" dialog: the selected orders by number with their customer and
 * shipping method, one method for all or each order's own, a pasted column of tracking numbers (one
 * line per order, in the list's order), then Mark sent and what became of each order.
 */
@Named
@ViewScoped
public class PoolShippingBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject BulkActionsBean bulk;

  /** An order of the dialog's list. */
  public record Row(long id, String number, String customer, Long methodId)
      implements Serializable {}

  /** What became of an order: shipped with its number (or none), or refused and why. */
  public record Outcome(String number, boolean shipped, String text) implements Serializable {}

  private List<Row> rows = List.of();
  private Long methodId;
  private String tracking;
  private List<Outcome> outcomes;
  private int shippedCount;
  private List<ShippingMethod> all;

  /** Opens the dialog on the pool's selection, ordered by order number. */
  public void open() {
    List<Order> selected = bulk.getSelected();
    if (selected == null || selected.isEmpty()) {
      Messages.error(null, "shipment.bulk.nothingSelected");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    rows =
        selected.stream()
            .sorted(Comparator.comparingLong(Order::getSeq))
            .map(
                o ->
                    new Row(
                        o.getId(),
                        o.getNumber(),
                        o.getCustomerName(),
                        o.getTracking().getMethodId()))
            .toList();
    methodId = null;
    tracking = null;
    outcomes = null;
  }

  /** Ships and sends every order of the list, each on its own; then shows what became of each. */
  public void send() {
    BulkShipping result =
        shipments.sendEach(rows.stream().map(Row::id).toList(), methodId, tracking);
    Map<Long, BulkShipping.Shipped> shipped = new HashMap<>();
    result.shipped().forEach(s -> shipped.put(s.orderId(), s));
    Map<Long, BulkShipping.Refused> refused = new HashMap<>();
    result.refused().forEach(r -> refused.put(r.orderId(), r));
    outcomes = new ArrayList<>();
    for (Row row : rows) {
      BulkShipping.Shipped s = shipped.get(row.id());
      if (s != null) {
        outcomes.add(
            new Outcome(
                row.number(),
                true,
                s.trackingNumber() == null
                    ? Messages.text("shipment.noTracking")
                    : s.trackingNumber()));
      } else {
        BulkShipping.Refused r = refused.get(row.id());
        String why = Messages.text(r.messageKey(), r.args().toArray());
        outcomes.add(new Outcome(row.number(), false, why));
      }
    }
    shippedCount = result.shipped().size();
    Messages.info("shipment.bulk.done", shippedCount, rows.size());
    bulk.setSelected(new ArrayList<>());
  }

  /** The method an order ships with: the one chosen for all, else its own (or "none"). */
  public String methodOf(Row row) {
    Long id = methodId != null ? methodId : row.methodId();
    return all().stream()
        .filter(m -> m.getId().equals(id))
        .findFirst()
        .map(
            m ->
                m.name(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    + (m.isRetired()
                        ? " (" + Messages.text("shipping.method.retiredTag") + ")"
                        : ""))
        .orElse(Messages.text("shipment.bulk.noMethodShort"));
  }

  /** The number the pasted column gives the order on line {@code index}, or "" for none. */
  public String numberFor(int index) {
    List<String> lines = TrackingNumbers.lines(tracking);
    return index < lines.size() ? lines.get(index) : "";
  }

  /** More lines pasted than orders listed. */
  public boolean isTooManyLines() {
    return TrackingNumbers.lines(tracking).size() > rows.size();
  }

  public List<ShippingMethod> getMethods() {
    return all().stream().filter(m -> !m.isRetired()).toList();
  }

  private List<ShippingMethod> all() {
    if (all == null) {
      all = methods.all();
    }
    return all;
  }

  public boolean isDone() {
    return outcomes != null;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Outcome> getOutcomes() {
    return outcomes;
  }

  public int getShippedCount() {
    return shippedCount;
  }

  public int getRefusedCount() {
    return outcomes == null ? 0 : (int) outcomes.stream().filter(o -> !o.shipped()).count();
  }

  public Long getMethodId() {
    return methodId;
  }

  public void setMethodId(Long methodId) {
    this.methodId = methodId;
  }

  public String getTracking() {
    return tracking;
  }

  public void setTracking(String tracking) {
    this.tracking = tracking;
  }
}
