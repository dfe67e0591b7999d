package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.FirstOrderRule;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.LineSpec;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.SetupItem;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * New backoffice orders with the first-order question: a customer's first MTO order is asked
 * whether it ships "Unlabeled" or carries the tenant's setup items (custom stamps), which become
 * order lines ({@code SETUP-<id>}, quantity 1). The answer is recorded in the order's history.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class NewOrderSetup {
  @Inject OrderService orders;
  @Inject FirstOrderRule rule;
  @Inject OrderHistory history;
  @Inject TenantProfile profile;

  /** The setup items to offer a new order for this customer; empty means nothing is asked. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<SetupItem> offer(String customerEmail, OrderType type) {
    return rule.offer(customerEmail, type);
  }

  /**
   * Places a backoffice order. When the rule applies, the choice is required; otherwise it is
   * ignored (the customer already has an order, or the tenant has no active setup items).
   */
  public Order create(@NotNull @Valid NewOrder cmd, SetupChoice choice) {
    List<SetupItem> offered = rule.offer(cmd.getCustomerEmail(), cmd.getType());
    if (offered.isEmpty()) {
      return orders.create(cmd);
    }
    if (choice == null || (!choice.unlabeled() && choice.itemIds().isEmpty())) {
      throw new BusinessException("setupChoice", "setup.choice.required");
    }
    List<SetupItem> chosen = choice.unlabeled() ? List.of() : chosen(offered, choice.itemIds());
    String language = language(cmd);
    List<LineInput> original = cmd.getLines();
    List<LineInput> withSetup = new ArrayList<>(original);
    if (withSetup.isEmpty()) {
      // the product line an order without lines gets, before the setup lines
      withSetup.add(new LineInput(null, null, cmd.getQuantity(), BigDecimal.ZERO));
    }
    for (SetupItem item : chosen) {
      LineSpec l = item.toLine(language);
      withSetup.add(new LineInput(l.sku(), l.description(), l.quantity(), l.unitPrice()));
    }
    cmd.setLines(withSetup);
    try {
      Order order = orders.create(cmd);
      history.record(order, "setup", null, describe(chosen, language), "first order of customer");
      return order;
    } finally {
      cmd.setLines(original);
    }
  }

  private static List<SetupItem> chosen(List<SetupItem> offered, List<Long> ids) {
    List<SetupItem> chosen = new ArrayList<>();
    for (Long id : ids.stream().distinct().toList()) {
      chosen.add(
          offered.stream()
              .filter(s -> s.getId().equals(id))
              .findFirst()
              .orElseThrow(() -> new BusinessException("setupChoice", "setup.item.notOffered")));
    }
    return chosen;
  }

  private static String describe(List<SetupItem> chosen, String language) {
    if (chosen.isEmpty()) {
      return "Unlabeled";
    }
    return chosen.stream()
        .map(s -> s.sku() + " " + s.name(language) + " " + s.getPrice().toPlainString())
        .collect(Collectors.joining("; "));
  }

  private String language(NewOrder cmd) {
    String l = cmd.getCustomerLanguage();
    return l != null && !l.isBlank() ? l : profile.locale();
  }
}
