package com.orderpool.orders.web;

import com.orderpool.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Navigation to an order's dashboard shared by the order pages. */
final class OrderPages {
  private OrderPages() {}

  /** Redirects to the dashboard of a freshly cloned order, with a message that survives it. */
  static void openClone(String cloneNumber, String sourceNumber) throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().getFlash().setKeepMessages(true);
    Messages.info("order.cloned", cloneNumber, sourceNumber);
    ExternalContext ec = fc.getExternalContext();
    ec.redirect(
        ec.getRequestContextPath()
            + "/orders/order.xhtml?number="
            + URLEncoder.encode(cloneNumber, StandardCharsets.UTF_8));
  }
}
