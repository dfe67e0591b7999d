package com.orderpool.shipping.web;

import com.orderpool.orders.entity.Order;
import com.orderpool.orders.web.BulkActionsBean;
import com.orderpool.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * The order pool's "Packing slips (PDF)" action: opens the selected orders' packing slips as one
 * PDF ({@code /files/packing-slips.pdf?orders=...}) in a new tab.
 */
@Named
@RequestScoped
public class PoolPackingSlipsBean {
  @Inject BulkActionsBean bulk;

  public void open() {
    List<Order> selected = bulk.getSelected();
    if (selected == null || selected.isEmpty()) {
      Messages.error(null, "packingSlip.nothingSelected");
      return;
    }
    String url =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/files/packing-slips.pdf?orders="
            + selected.stream()
                .map(o -> String.valueOf(o.getId()))
                .collect(Collectors.joining(","));
    // a blocked pop-up opens the file in this tab instead
    PrimeFaces.current()
        .executeScript(
            "if (!window.open('" + url + "', '_blank')) { window.location.href = '" + url + "'; }");
  }
}
