package com.orderpool.orders.web;

import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The order pool's selection and what can be done with it at once: move the selected orders to a
 * status (grouping them for one invoice is invoicing's {@code PoolGroupingBean}).
 */
@Named
@ViewScoped
public class BulkActionsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrderWorkflow workflow;

  private List<Order> selected = new ArrayList<>();
  private Long bulkStatusId;

  public void moveSelected() {
    if (nothingSelected() || bulkStatusId == null) {
      Messages.error(null, "bulk.nothingSelected");
      return;
    }
    OrderWorkflow.BulkResult result = workflow.moveMany(selectedIds(), bulkStatusId);
    Messages.info("bulk.moved", result.moved());
    if (!result.onAccount().isEmpty()) {
      Messages.info("bulk.onAccount", String.join(", ", result.onAccount()));
    }
    if (!result.skipped().isEmpty()) {
      Messages.error(null, "bulk.skipped", String.join(", ", result.skipped()));
    }
    if (!result.unpaid().isEmpty()) {
      Messages.error(null, "bulk.unpaid", String.join(", ", result.unpaid()));
    }
    selected = new ArrayList<>();
  }

  private boolean nothingSelected() {
    return selected == null || selected.isEmpty();
  }

  private List<Long> selectedIds() {
    return selected.stream().map(Order::getId).toList();
  }

  public List<Order> getSelected() {
    return selected;
  }

  public void setSelected(List<Order> selected) {
    this.selected = selected;
  }

  public Long getBulkStatusId() {
    return bulkStatusId;
  }

  public void setBulkStatusId(Long bulkStatusId) {
    this.bulkStatusId = bulkStatusId;
  }
}
