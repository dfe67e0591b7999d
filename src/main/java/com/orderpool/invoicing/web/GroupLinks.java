package com.orderpool.invoicing.web;

import com.orderpool.invoicing.boundary.GroupDirectory;
import com.orderpool.invoicing.boundary.GroupDirectory.GroupLink;
import com.orderpool.orders.entity.Order;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The group an order is in, for the dashboard's group link ({@code WEB-INF/invoicing/group-link}).
 * Looked up once per request; orders in no group cost no query.
 */
@Named
@RequestScoped
public class GroupLinks {
  @Inject GroupDirectory directory;

  private final Map<Long, Optional<GroupLink>> cache = new HashMap<>();

  public GroupLink of(Order order) {
    if (order == null || order.getId() == null || order.getGroupId() == null) {
      return null;
    }
    return cache.computeIfAbsent(order.getId(), id -> directory.ofOrder(id)).orElse(null);
  }
}
