package com.orderpool.orders.web;

import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.control.CancelQuote;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.tenancy.Roles;
import com.orderpool.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The order dashboard: overview, products and history, with move, hold, cancel and clone. */
@Named
@ViewScoped
public class OrderDashboardBean implements Serializable {
  private static final long serialVersionUID = 1L;

  private int activeTab;

  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject com.orderpool.orders.boundary.StatusSettings statusSettings;

  private String number;
  private Order order;
  private List<OrderStatus> nextStatuses;
  private List<HistoryText.Row> history;
  private Long targetStatusId;
  private String holdReason;
  private CancelQuote quote;
  private boolean cancelRequested;
  private String cancelReason;
  private String cancelMessage;
  private BigDecimal overridePercent;

  public void load() {
    show(orders.getByNumber(number == null ? "" : number));
    if (cancelRequested
        && order.isCancellable()
        && !jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .isUserInRole(Roles.ACCOUNTANT)) {
      prepareCancel();
    }
  }

  /** Set by {@code ?cancel=1} (the pool's "Cancel order…"): open the cancel dialog at once. */
  public boolean isCancelRequested() {
    return cancelRequested;
  }

  public void setCancelRequested(boolean cancelRequested) {
    this.cancelRequested = cancelRequested;
  }

  public void move() {
    boolean waiting = order.isWaitingForMoney();
    show(
        workflow.moveTo(
            order.getId(), targetStatusId == null ? -1 : targetStatusId, order.getVersion()));
    if (waiting && !order.isFullyPaid()) {
      Messages.info(
          "order.moved.onAccount",
          order.getNumber(),
          order.balanceDue().toPlainString(),
          order.getCurrency());
    } else {
      Messages.info("order.moved", order.getNumber());
    }
  }

  public void hold() {
    show(workflow.hold(order.getId(), holdReason, order.getVersion()));
    holdReason = null;
    Messages.info("order.held", order.getNumber());
  }

  public void release() {
    show(workflow.release(order.getId(), order.getVersion()));
    Messages.info("order.released", order.getNumber());
  }

  public void prepareCancel() {
    quote = workflow.quoteCancel(order.getId());
    cancelReason = null;
    cancelMessage = defaultCancelMessage();
    overridePercent = null;
  }

  public void cancel() {
    show(
        workflow.cancel(
            order.getId(), cancelReason, cancelMessage, overridePercent, order.getVersion()));
    Messages.info("order.cancelled", order.getNumber());
  }

  /** The message the customer gets unless the user changes it, in the customer's language. */
  private String defaultCancelMessage() {
    String language =
        order.getCustomerLanguage() == null
            ? FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()
            : order.getCustomerLanguage();
    return Messages.text(Locale.forLanguageTag(language), "cancel.customerMessage.default");
  }

  public String getCancelMessage() {
    return cancelMessage;
  }

  public void setCancelMessage(String cancelMessage) {
    this.cancelMessage = cancelMessage;
  }

  /** The order as stored now, for dialogs of this page that changed it. */
  public Order reloaded() {
    return orders.get(order.getId());
  }

  /** Shows an order after an edit made by another dialog of this page. */
  public void refresh(Order o) {
    show(o);
  }

  private void show(Order o) {
    order = o;
    number = o.getNumber();
    nextStatuses = workflow.nextStatuses(o.getId());
    history =
        new HistoryText(
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), statusSettings.list())
            .rows(orders.history(o.getId()));
    targetStatusId = nextStatuses.isEmpty() ? null : nextStatuses.get(0).getId();
  }

  /** The open tab of the dashboard (kept when a tab's action re-renders the page). */
  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Order getOrder() {
    return order;
  }

  public List<OrderStatus> getNextStatuses() {
    return nextStatuses;
  }

  public List<HistoryText.Row> getHistory() {
    return history;
  }

  public Long getTargetStatusId() {
    return targetStatusId;
  }

  public void setTargetStatusId(Long targetStatusId) {
    this.targetStatusId = targetStatusId;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public void setHoldReason(String holdReason) {
    this.holdReason = holdReason;
  }

  public CancelQuote getQuote() {
    return quote;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public BigDecimal getOverridePercent() {
    return overridePercent;
  }

  public void setOverridePercent(BigDecimal overridePercent) {
    this.overridePercent = overridePercent;
  }
}
