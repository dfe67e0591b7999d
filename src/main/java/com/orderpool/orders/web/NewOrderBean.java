package com.orderpool.orders.web;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.NewOrderSetup;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.SetupChoice;
import com.orderpool.orders.entity.CostSummary;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.SetupItem;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The order pool's "New order" dialog: customer, addresses, lines with live totals, and the
 * first-order question (setup items or "Unlabeled") when it applies.
 */
@Named
@ViewScoped
public class NewOrderBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The input the first-order question's errors belong to. */
  private static final String SETUP_FIELD = "setupChoice";

  @Inject OrderService orders;
  @Inject NewOrderSetup setup;

  private NewOrder newOrder;
  private boolean shipToBilling = true;
  private Address shippingDraft = new Address();
  private BigDecimal vatRate;

  /** The first-order question: the setup items offered, the answer and the items chosen. */
  private List<SetupItem> setupOffer = List.of();

  private String setupAnswer;
  private List<Long> setupItemIds = new ArrayList<>();

  @PostConstruct
  void init() {
    resetForm();
  }

  /** Opens an empty form at the tenant's current VAT rate. */
  public void resetForm() {
    clearForm();
    vatRate = orders.vatRate();
  }

  public void create() {
    newOrder.setShipping(shipToBilling ? null : shippingDraft);
    Order created;
    try {
      created = setup.create(newOrder, setupChoice());
    } catch (BusinessException e) {
      if (SETUP_FIELD.equals(e.field())) {
        // the first-order question must be answered (again): show what is offered now
        customerChanged();
      }
      throw e;
    }
    Messages.info("order.created", created.getNumber());
    clearForm();
  }

  private void clearForm() {
    newOrder = new NewOrder();
    newOrder.getLines().add(new LineInput());
    shipToBilling = true;
    shippingDraft = new Address();
    setupOffer = List.of();
    setupAnswer = null;
    setupItemIds = new ArrayList<>();
  }

  private SetupChoice setupChoice() {
    if ("UNLABELED".equals(setupAnswer)) {
      return SetupChoice.unlabeledOrder();
    }
    return "ITEMS".equals(setupAnswer) ? SetupChoice.withItems(setupItemIds) : null;
  }

  /** The customer or the type changed: ask the first-order question if it applies. */
  public void customerChanged() {
    setupOffer = setup.offer(newOrder.getCustomerEmail(), newOrder.getType());
  }

  /** MTO orders are always one piece. */
  public void typeChanged() {
    if (newOrder.getType() == OrderType.MTO) {
      newOrder.setQuantity(1);
    }
    customerChanged();
  }

  public void addLine() {
    newOrder.getLines().add(new LineInput());
  }

  public void removeLine(int index) {
    if (newOrder.getLines().size() > 1) {
      newOrder.getLines().remove(index);
    }
  }

  /** The live cost summary of the form. */
  public CostSummary getFormCosts() {
    return CostSummary.of(
        newOrder.getLines().stream().map(LineInput::getAmount).toList(),
        newOrder.getCustomizationCost(),
        newOrder.getShippingCost(),
        vatRate);
  }

  public NewOrder getNewOrder() {
    return newOrder;
  }

  public OrderType[] getTypes() {
    return OrderType.values();
  }

  public boolean isShipToBilling() {
    return shipToBilling;
  }

  public void setShipToBilling(boolean shipToBilling) {
    this.shipToBilling = shipToBilling;
  }

  public Address getShippingDraft() {
    return shippingDraft;
  }

  public List<SetupItem> getSetupOffer() {
    return setupOffer;
  }

  public String getSetupAnswer() {
    return setupAnswer;
  }

  public void setSetupAnswer(String setupAnswer) {
    this.setupAnswer = setupAnswer;
  }

  public List<Long> getSetupItemIds() {
    return setupItemIds;
  }

  public void setSetupItemIds(List<Long> setupItemIds) {
    this.setupItemIds = setupItemIds;
  }
}
