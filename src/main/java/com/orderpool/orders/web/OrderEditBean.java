package com.orderpool.orders.web;

import com.orderpool.core.Address;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.LineQuantities;
import com.orderpool.orders.boundary.OrderEditing;
import com.orderpool.orders.entity.CostSummary;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The order dashboard's edit dialogs: addresses (with a reason once locked) and lines. */
@Named
@ViewScoped
public class OrderEditBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrderEditing editing;
  @Inject OrderDashboardBean dashboard;

  private Address billing = new Address();
  private Address shipping = new Address();
  private boolean shipToBilling = true;
  private String reason;
  private final Draft draft = new Draft();

  /** The lines being edited, with their costs. */
  public static class Draft implements Serializable {
    private static final long serialVersionUID = 1L;
    private List<LineInput> lines = new ArrayList<>();
    private int quantity = 1;
    private BigDecimal customizationCost = BigDecimal.ZERO;
    private BigDecimal shippingCost = BigDecimal.ZERO;
    private BigDecimal vatRate = BigDecimal.ZERO;

    public List<LineInput> getLines() {
      return lines;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }

    public BigDecimal getCustomizationCost() {
      return customizationCost;
    }

    public void setCustomizationCost(BigDecimal customizationCost) {
      this.customizationCost = customizationCost;
    }

    public BigDecimal getShippingCost() {
      return shippingCost;
    }

    public void setShippingCost(BigDecimal shippingCost) {
      this.shippingCost = shippingCost;
    }
  }

  public void prepareAddresses() {
    Order o = dashboard.getOrder();
    billing = o.getBilling() == null ? new Address() : o.getBilling().copy();
    shipping = o.getShipping() == null ? new Address() : o.getShipping().copy();
    shipToBilling = o.getBilling() == null || billing.equals(shipping);
    reason = null;
  }

  public void saveAddresses() {
    Order o = dashboard.getOrder();
    dashboard.refresh(
        editing.editAddresses(
            o.getId(), o.getVersion(), billing, shipToBilling ? null : shipping, reason));
    Messages.info("order.edit.addressesSaved", o.getNumber());
  }

  public void prepareLines() {
    Order o = dashboard.getOrder();
    draft.lines = new ArrayList<>();
    o.getLines().forEach(l -> draft.lines.add(LineInput.of(l)));
    draft.quantity = o.getQuantity();
    draft.customizationCost = o.getCustomizationCost();
    draft.shippingCost = o.getShippingCost();
    draft.vatRate = o.getVatRate();
  }

  public void saveLines() {
    Order o = dashboard.getOrder();
    dashboard.refresh(
        editing.editLines(
            o.getId(),
            o.getVersion(),
            draft.lines,
            draft.quantity,
            draft.customizationCost,
            draft.shippingCost));
    Messages.info("order.edit.linesSaved", o.getNumber());
  }

  /** Keeps a BULK order's quantity the number of pieces on its lines. */
  public void linesChanged() {
    if (dashboard.getOrder().getType() == OrderType.BULK) {
      draft.quantity = LineQuantities.pieces(draft.lines);
    }
  }

  /** A BULK order with one line: the line takes the quantity typed for the order. */
  public void quantityChanged() {
    if (dashboard.getOrder().getType() == OrderType.BULK) {
      LineQuantities.spread(draft.quantity, draft.lines);
    }
  }

  public void addLine() {
    draft.lines.add(new LineInput());
    linesChanged();
  }

  public void removeLine(int index) {
    if (draft.lines.size() > 1) {
      draft.lines.remove(index);
      linesChanged();
    }
  }

  /** The live totals of the lines being edited, at the order's VAT rate. */
  public CostSummary getFormCosts() {
    return CostSummary.of(
        draft.lines.stream().map(LineInput::getAmount).toList(),
        draft.customizationCost,
        draft.shippingCost,
        draft.vatRate);
  }

  public Draft getDraft() {
    return draft;
  }

  public Address getBilling() {
    return billing;
  }

  public Address getShipping() {
    return shipping;
  }

  public boolean isShipToBilling() {
    return shipToBilling;
  }

  public void setShipToBilling(boolean shipToBilling) {
    this.shipToBilling = shipToBilling;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
