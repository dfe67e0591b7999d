package com.orderpool.orders.web;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.LineQuantities;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.NewOrderSetup;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.SetupChoice;
import com.orderpool.orders.entity.CostSummary;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.SetupItem;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
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
  @Inject OrderWorkflow workflow;
  @Inject Event<NewOrderDrafted> drafted;

  /** Set by the pool page's {@code cloneOf} parameter (the dashboard's Clone). */
  private Long cloneOf;

  /** The number of the order the form copies, for its hint; null for a new order. */
  private String cloneSource;

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

  /** The pool's row menu: the form, filled in from the order the menu posted, for review. */
  public void cloneFromRequest() {
    prefillFrom(OrderPages.idParam("id"));
  }

  /** The dashboard's Clone opens the pool with {@code ?cloneOf=ID}: the form opens filled in. */
  public void openRequestedClone() {
    if (cloneOf != null) {
      prefillFrom(cloneOf);
    }
  }

  private void prefillFrom(long orderId) {
    resetForm();
    newOrder = workflow.cloneDraft(orderId);
    drafted.fire(new NewOrderDrafted(newOrder, true));
    cloneSource = orders.get(orderId).getNumber();
    Address billing = newOrder.getBilling();
    Address shipping = newOrder.getShipping();
    shipToBilling = shipping == null || shipping.equals(billing);
    shippingDraft = shipping == null ? new Address() : shipping;
    newOrder.setShipping(null);
    customerChanged();
  }

  public boolean isCloning() {
    return cloneSource != null;
  }

  public String getCloneSource() {
    return cloneSource;
  }

  public Long getCloneOf() {
    return cloneOf;
  }

  public void setCloneOf(Long cloneOf) {
    this.cloneOf = cloneOf;
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
    if (created.getClonedFrom() != null) {
      Messages.info("order.cloned", created.getNumber(), created.getClonedFrom());
    } else {
      Messages.info("order.created", created.getNumber());
    }
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
    cloneSource = null;
    drafted.fire(new NewOrderDrafted(newOrder, false));
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

  /** MTO orders are always one piece; a BULK order counts the pieces on its lines. */
  public void typeChanged() {
    if (newOrder.getType() == OrderType.MTO) {
      newOrder.setQuantity(1);
    } else {
      linesChanged();
    }
    customerChanged();
  }

  public void addLine() {
    newOrder.getLines().add(new LineInput());
    linesChanged();
  }

  public void removeLine(int index) {
    if (newOrder.getLines().size() > 1) {
      newOrder.getLines().remove(index);
    }
    linesChanged();
  }

  /** Keeps a BULK order's quantity the number of pieces on its lines. */
  public void linesChanged() {
    if (newOrder.getType() == OrderType.BULK) {
      newOrder.setQuantity(LineQuantities.pieces(newOrder.getLines()));
    }
  }

  /** A BULK order with one line: the line takes the quantity typed for the order. */
  public void quantityChanged() {
    if (newOrder.getType() == OrderType.BULK) {
      LineQuantities.spread(newOrder.getQuantity(), newOrder.getLines());
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
