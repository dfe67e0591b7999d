package com.orderpool.orders.web;

import com.orderpool.orders.boundary.Retailers;
import com.orderpool.orders.entity.Retailer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The retailer of the pool's New order form: the tenant's active retailers to choose from (the
 * field shows only when there are some). The server checks the choice when the order is placed.
 */
@Named
@ViewScoped
public class NewOrderRetailersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Retailers retailers;

  private List<Retailer> active;

  public List<Retailer> getActive() {
    if (active == null) {
      active = retailers.active();
    }
    return active;
  }
}
