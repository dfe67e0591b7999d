package com.orderpool.orders.web;

import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.PageKey;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.control.PoolQuery;
import com.orderpool.orders.entity.Order;
import java.io.Serializable;
import java.util.List;

/**
 * Pages the pool for one view: the next and previous page continue from the rows on screen
 * (keyset), any other page is fetched by offset. Filters or sorting reset it.
 */
class PoolPager implements Serializable {
  private static final long serialVersionUID = 1L;

  private PoolFilter lastFilter;
  private int lastFirst = -1;
  private int lastSize;
  private PageKey firstKey;
  private PageKey lastKey;

  List<Order> load(OrderService orders, PoolFilter filter, PageRequest page) {
    boolean sameList =
        filter.equals(lastFilter)
            && PoolQuery.keysetCapable(filter)
            && page.sortField() == null
            && page.size() == lastSize;
    List<Order> rows;
    if (sameList && lastKey != null && page.first() == lastFirst + page.size()) {
      rows = orders.listAfter(filter, lastKey, page.size());
    } else if (sameList && firstKey != null && page.first() == lastFirst - page.size()) {
      rows = orders.listBefore(filter, firstKey, page.size());
    } else {
      rows = orders.list(filter, page);
    }
    lastFilter = filter;
    lastFirst = page.first();
    lastSize = page.size();
    firstKey = rows.isEmpty() ? null : PageKey.of(rows.get(0));
    lastKey = rows.isEmpty() ? null : PageKey.of(rows.get(rows.size() - 1));
    return rows;
  }
}
