package com.orderpool.shipping.web;

import com.orderpool.orders.web.OrderDashboardBean;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.control.ShippingRules;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The shipping method the customer chose, on the order dashboard's overview, and its change dialog
 * (staff, while nothing of the order is sent).
 */
@Named
@ViewScoped
public class OrderMethodBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject OrderDashboardBean dashboard;

  private List<ShippingMethod> all;
  private Long methodId;

  /** The method chosen (a retired one too), or null for none. */
  public ShippingMethod getChosen() {
    Long id = dashboard.getOrder().getTracking().getMethodId();
    return id == null
        ? null
        : all().stream().filter(m -> m.getId().equals(id)).findFirst().orElse(null);
  }

  /** The methods to change to. */
  public List<ShippingMethod> getActive() {
    return all().stream().filter(m -> !m.isRetired()).toList();
  }

  /** Nothing of the order is sent yet, and it is still open. */
  public boolean isChangeable() {
    return ShippingRules.methodChangeable(dashboard.getOrder());
  }

  public void prepare() {
    methodId = dashboard.getOrder().getTracking().getMethodId();
  }

  public void save() {
    var o = dashboard.getOrder();
    shipments.chooseMethod(o.getId(), methodId, o.getVersion());
    Messages.info("order.shippingMethod.changed", o.getNumber());
    dashboard.refresh(dashboard.reloaded());
  }

  private List<ShippingMethod> all() {
    if (all == null) {
      all = methods.all();
    }
    return all;
  }

  public Long getMethodId() {
    return methodId;
  }

  public void setMethodId(Long methodId) {
    this.methodId = methodId;
  }
}
