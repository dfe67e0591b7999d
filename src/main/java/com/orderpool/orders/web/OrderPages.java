package com.orderpool.orders.web;

import com.orderpool.core.NotFoundException;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/** Request handling shared by the order pages. */
final class OrderPages {
  private OrderPages() {}

  /**
   * An order id a page posted; anything but a number is treated as an order that does not exist.
   */
  static long idParam(String name) {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      return Long.parseLong(params.getOrDefault(name, ""));
    } catch (NumberFormatException e) {
      throw new NotFoundException("order", params.get(name));
    }
  }
}
