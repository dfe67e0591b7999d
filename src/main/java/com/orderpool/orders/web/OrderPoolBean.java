package com.orderpool.orders.web;

import com.orderpool.core.Address;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.NewOrderSetup;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.SavedViews;
import com.orderpool.orders.boundary.SetupChoice;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.control.PoolQuery;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.CostSummary;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.SavedView;
import com.orderpool.orders.entity.SetupItem;
import com.orderpool.web.LazyList;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The order pool page: lazy list, the new-order dialog with lines, and clone. */
@Named
@ViewScoped
public class OrderPoolBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject StatusSettings settings;
  @Inject SavedViews views;
  @Inject NewOrderSetup setup;

  private LazyList<Order> pool;
  private NewOrder newOrder;
  private boolean shipToBilling = true;

  /** Whether the last count hit the cap: the pool then pages through the first rows only. */
  private boolean capped;

  private Address shippingDraft = new Address();
  private PoolFilter filter = new PoolFilter();
  private final PoolPager pager = new PoolPager();
  private List<OrderStatus> statuses;
  private List<SavedView> myViews;
  private Long selectedView;
  private String viewName;
  private List<Order> selected = new ArrayList<>();
  private Long bulkStatusId;
  private BigDecimal vatRate;

  /** The first-order question: the setup items offered, the answer and the items chosen. */
  private List<SetupItem> setupOffer = List.of();

  private String setupAnswer;
  private List<Long> setupItemIds = new ArrayList<>();

  @PostConstruct
  void init() {
    pool =
        new LazyList<>(
            search -> {
              long n = orders.count(filter.withSearch(search));
              capped = n > PoolQuery.COUNT_CAP;
              return Math.min(n, PoolQuery.COUNT_CAP);
            },
            page -> pager.load(orders, filter.withSearch(page.search()), page),
            o -> o.getNumber());
    statuses = settings.list();
    myViews = views.mine();
    resetForm();
  }

  public void clearFilters() {
    filter = new PoolFilter();
    selectedView = null;
  }

  public void applyView() {
    if (selectedView != null) {
      filter = views.filterOf(selectedView);
    }
  }

  public void saveView() {
    SavedView saved = views.save(viewName, filter);
    Messages.info("view.saved", saved.getName());
    selectedView = saved.getId();
    viewName = null;
    myViews = views.mine();
  }

  public void deleteView() {
    if (selectedView != null) {
      views.delete(selectedView);
      Messages.info("view.deleted");
      selectedView = null;
      myViews = views.mine();
    }
  }

  public void moveSelected() {
    if (selected == null || selected.isEmpty() || bulkStatusId == null) {
      Messages.error(null, "bulk.nothingSelected");
      return;
    }
    OrderWorkflow.BulkResult result =
        workflow.moveMany(selected.stream().map(Order::getId).toList(), bulkStatusId);
    Messages.info("bulk.moved", result.moved());
    if (!result.skipped().isEmpty()) {
      Messages.error(null, "bulk.skipped", String.join(", ", result.skipped()));
    }
    selected = new ArrayList<>();
  }

  /** The customer or the type changed: ask the first-order question if it applies. */
  public void customerChanged() {
    setupOffer = setup.offer(newOrder.getCustomerEmail(), newOrder.getType());
  }

  /** The paginator's total: "10,000+" when the count reached its cap. */
  public String getTotalLabel() {
    int rows = pool.getRowCount();
    return capped ? String.format("%,d+", rows) : String.format("%,d", rows);
  }

  public void create() {
    newOrder.setShipping(shipToBilling ? null : shippingDraft);
    customerChanged();
    Order created = setup.create(newOrder, setupChoice());
    Messages.info("order.created", created.getNumber());
    resetForm();
  }

  public void resetForm() {
    newOrder = new NewOrder();
    newOrder.getLines().add(new LineInput());
    shipToBilling = true;
    shippingDraft = new Address();
    vatRate = orders.vatRate();
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

  /** MTO orders are always one piece. */
  public void typeChanged() {
    if (newOrder.getType() == OrderType.MTO) {
      newOrder.setQuantity(1);
    }
    customerChanged();
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

  public void hold(Order o) {
    workflow.hold(o.getId(), null, o.getVersion());
    Messages.info("order.held", o.getNumber());
  }

  public void release(Order o) {
    workflow.release(o.getId(), o.getVersion());
    Messages.info("order.released", o.getNumber());
  }

  public void cloneOrder(Order source) throws IOException {
    Order clone = workflow.cloneOrder(source.getId());
    OrderPages.openClone(clone.getNumber(), source.getNumber());
  }

  public OrderType[] getTypes() {
    return OrderType.values();
  }

  public LazyList<Order> getPool() {
    return pool;
  }

  public NewOrder getNewOrder() {
    return newOrder;
  }

  public PoolFilter getFilter() {
    return filter;
  }

  public List<OrderStatus> getStatuses() {
    return statuses;
  }

  public List<SavedView> getMyViews() {
    return myViews;
  }

  public Long getSelectedView() {
    return selectedView;
  }

  public void setSelectedView(Long selectedView) {
    this.selectedView = selectedView;
  }

  public String getViewName() {
    return viewName;
  }

  public void setViewName(String viewName) {
    this.viewName = viewName;
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

  public PaymentStatus[] getPaymentStatuses() {
    return PaymentStatus.values();
  }

  public Phase[] getPhases() {
    return Phase.values();
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

  public Channel[] getChannels() {
    return Channel.values();
  }
}
