package com.orderpool.orders.web;

import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.SavedViews;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.control.PoolQuery;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.SavedView;
import com.orderpool.web.LazyList;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The order pool table: the lazy list paged in the database, its filters and the caller's saved
 * views. The new-order dialog ({@link NewOrderBean}), the bulk actions ({@link BulkActionsBean})
 * and the row actions ({@link PoolRowActionsBean}) have beans of their own.
 */
@Named
@ViewScoped
public class OrderPoolBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrderService orders;
  @Inject StatusSettings settings;
  @Inject SavedViews views;

  private LazyList<Order> pool;

  /** Whether the last count hit the cap: the pool then pages through the first rows only. */
  private boolean capped;

  /** The table's free-text search in its last count (null or blank: none). */
  private String lastSearch;

  private PoolFilter filter = new PoolFilter();
  private final PoolPager pager = new PoolPager();
  private List<OrderStatus> statuses;
  private List<SavedView> myViews;
  private Long selectedView;
  private String viewName;

  /** The export keys of the columns the user hid with the column toggler. */
  private final java.util.Set<String> hidden = new java.util.HashSet<>();

  @PostConstruct
  void init() {
    pool =
        new LazyList<>(
            search -> {
              lastSearch = search;
              long n = orders.count(filter.withSearch(search));
              capped = n > PoolQuery.COUNT_CAP;
              return Math.min(n, PoolQuery.COUNT_CAP);
            },
            page -> pager.load(orders, filter.withSearch(page.search()), page),
            o -> o.getNumber());
    statuses = settings.list();
    myViews = views.mine();
  }

  /** The table's columns by index (see pool.xhtml), as the export names them. */
  static final List<String> COLUMNS =
      List.of(
          "select",
          "number",
          "actions",
          "invoice",
          "wipStart",
          "model",
          "status",
          "days",
          "payment",
          "total",
          "quantity",
          "tracking",
          "customer",
          "created",
          "partners");

  /** Follows the column toggler, so an export has the columns the user sees. */
  public void onToggle(org.primefaces.event.ToggleEvent event) {
    int index = (Integer) event.getData();
    if (index < 0 || index >= COLUMNS.size()) {
      return;
    }
    String key = COLUMNS.get(index);
    if (event.getVisibility() == org.primefaces.model.Visibility.HIDDEN) {
      hidden.add(key);
    } else {
      hidden.remove(key);
    }
  }

  /** The pool's filter, search and visible columns, as an export of it takes them. */
  public String getExportParams() {
    List<String> off = new java.util.ArrayList<>(hidden);
    if (off.contains("total")) {
      off.add("currency");
    }
    if (off.contains("customer")) {
      off.add("email");
    }
    return com.orderpool.orders.control.PoolExport.params(filter.withSearch(lastSearch), off);
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

  /** Whether the count reached its cap: the table then says there are more than it pages. */
  public boolean isCapped() {
    return capped;
  }

  /** Whether filters or a search narrow the pool (an empty result then means "no match"). */
  public boolean isFiltered() {
    return !filter.equals(new PoolFilter()) || (lastSearch != null && !lastSearch.isBlank());
  }

  public LazyList<Order> getPool() {
    return pool;
  }

  public PoolFilter getFilter() {
    return filter;
  }

  /** The tenant's statuses, for the status filter and the bulk move. */
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

  public OrderType[] getTypes() {
    return OrderType.values();
  }

  public PaymentStatus[] getPaymentStatuses() {
    return PaymentStatus.values();
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }
}
