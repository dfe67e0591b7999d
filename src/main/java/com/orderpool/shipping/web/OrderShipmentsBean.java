package com.orderpool.shipping.web;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.shipping.boundary.ShipmentView;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The Shipments tab of the order dashboard: the order's shipments with their parcels and tracking
 * links, a new shipment (method, tracking numbers one per line, pieces of a BULK order), and Sent /
 * Delivered.
 */
@Named
@ViewScoped
public class OrderShipmentsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject OrderDashboardBean dashboard;

  private List<ShipmentView> list;
  private List<ShippingMethod> offered;
  private Long methodId;
  private String tracking;
  private Integer pieces;
  private String note;
  private Integer left;

  public List<ShipmentView> getList() {
    if (list == null) {
      list = shipments.ofOrder(dashboard.getOrder().getId());
    }
    return list;
  }

  public List<ShippingMethod> getMethods() {
    if (offered == null) {
      offered = methods.active();
      Long chosen = dashboard.getOrder().getTracking().getMethodId();
      if (methodId == null) {
        methodId =
            offered.stream()
                .map(ShippingMethod::getId)
                .filter(id -> id.equals(chosen))
                .findFirst()
                .orElse(offered.isEmpty() ? null : offered.get(0).getId());
      }
    }
    return offered;
  }

  /** Pieces neither sent nor waiting for collection. */
  public int getLeft() {
    if (left == null) {
      left = shipments.piecesLeft(dashboard.getOrder().getId());
    }
    return left;
  }

  public boolean isBulk() {
    return dashboard.getOrder().getType() == OrderType.BULK;
  }

  /** The method name in the reader's language. */
  public String methodName(ShippingMethod m) {
    return m.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** Schedules the shipment; with {@code sendNow} it is marked sent at once. */
  public void create(boolean sendNow) {
    Order o = dashboard.getOrder();
    Shipment s = shipments.schedule(o.getId(), methodId, tracking, isBulk() ? pieces : null, note);
    if (sendNow) {
      shipments.send(s.getId());
      Messages.info("shipment.sent", o.getNumber());
    } else {
      Messages.info("shipment.scheduled", o.getNumber());
    }
    tracking = null;
    pieces = null;
    note = null;
    changed();
  }

  public void send(long shipmentId) {
    shipments.send(shipmentId);
    Messages.info("shipment.sent", dashboard.getOrder().getNumber());
    changed();
  }

  public void deliver(long shipmentId) {
    shipments.deliver(shipmentId);
    Messages.info("shipment.delivered", dashboard.getOrder().getNumber());
    changed();
  }

  private void changed() {
    list = null;
    left = null;
    dashboard.refresh(dashboard.reloaded());
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

  public Integer getPieces() {
    return pieces;
  }

  public void setPieces(Integer pieces) {
    this.pieces = pieces;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
