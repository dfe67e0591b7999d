package com.orderpool.shipping.web;

import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.web.NewOrderDrafted;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.ShippingMethod;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The shipping method of the pool's New order form: the tenant's active methods to choose from, and
 * the first one chosen in a new draft. A copy (Clone) keeps its order's method while it is offered,
 * and "none" when that order had none. The server checks the choice again when the order is placed.
 */
@Named
@ViewScoped
public class NewOrderMethodsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ShippingMethods methods;

  private List<ShippingMethod> active;

  void drafted(@Observes NewOrderDrafted drafted) {
    NewOrder draft = drafted.draft();
    Long chosen = draft.getShippingMethodId();
    if (chosen == null && drafted.copy()) {
      return;
    }
    if (chosen == null || getActive().stream().noneMatch(m -> m.getId().equals(chosen))) {
      draft.setShippingMethodId(getActive().isEmpty() ? null : getActive().get(0).getId());
    }
  }

  /** The methods offered, in their order. */
  public List<ShippingMethod> getActive() {
    if (active == null) {
      active = methods.active();
    }
    return active;
  }
}
