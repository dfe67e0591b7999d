package com.orderpool.orders.control;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which status an order may move to next. A status's explicit "next statuses" (a tenant setting)
 * win; otherwise the default rule: Pending Payment launches into the first production status,
 * production moves forward through later production stages or into Shipped, and Shipped moves to
 * Completed. Holding, releasing and cancelling are separate actions. Retired statuses are never
 * targets.
 */
public final class StatusMachine {
  private static final Set<Phase> CLOSED =
      EnumSet.of(Phase.ON_HOLD, Phase.COMPLETED, Phase.CANCELLED, Phase.REFUNDED, Phase.FAILED);

  private final List<OrderStatus> active;

  public StatusMachine(List<OrderStatus> statuses) {
    this.active =
        statuses.stream()
            .filter(OrderStatus::isActive)
            .sorted(Comparator.comparingInt(OrderStatus::getDisplayOrder))
            .toList();
  }

  public List<OrderStatus> nextStatuses(Order order) {
    OrderStatus from = order.getStatus();
    if (from == null || CLOSED.contains(order.getPhase())) {
      return List.of();
    }
    if (!from.getNextStatuses().isEmpty()) {
      return active.stream().filter(s -> from.getNextStatuses().contains(s)).toList();
    }
    return switch (order.getPhase()) {
      case PENDING_PAYMENT -> first(Phase.IN_PRODUCTION).map(List::of).orElse(List.of());
      case IN_PRODUCTION -> later(from, EnumSet.of(Phase.IN_PRODUCTION, Phase.SHIPPED));
      case SHIPPED -> later(from, EnumSet.of(Phase.SHIPPED, Phase.COMPLETED));
      default -> List.of();
    };
  }

  /** Throws a clear error when the move is not allowed. */
  public void check(Order order, OrderStatus target) {
    if (!nextStatuses(order).contains(target)) {
      throw new BusinessException(
          "status",
          "status.transition.notAllowed",
          order.getStatus() == null ? "-" : order.getStatus().name(Locale.ENGLISH),
          target.name(Locale.ENGLISH));
    }
  }

  /** The first active status of a phase, by display order. */
  public Optional<OrderStatus> first(Phase phase) {
    return active.stream().filter(s -> s.getPhase() == phase).findFirst();
  }

  public OrderStatus require(Phase phase) {
    return first(phase)
        .orElseThrow(() -> BusinessException.of("status.missingPhase", phase.name()));
  }

  private List<OrderStatus> later(OrderStatus from, Set<Phase> phases) {
    return active.stream()
        .filter(s -> phases.contains(s.getPhase()) && s.getDisplayOrder() > from.getDisplayOrder())
        .toList();
  }
}
