package com.orderpool.shipping.control;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.OrderPlaced;
import com.orderpool.orders.entity.Order;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Objects;

/**
 * The shipping method an order's customer chose: it must be one the tenant offers (an active method
 * of this tenant) when the order is placed, from any channel, and when staff change it before
 * anything of the order is sent. The order keeps only the method's id (orders know nothing of
 * shipping), so the check is here: placing an order tells shipping with {@link OrderPlaced}, in the
 * order's transaction, and a refusal rolls the order back.
 */
@ApplicationScoped
public class MethodChoice {
  /** The input the chosen method's errors belong to (the new-order form's and the API's field). */
  public static final String FIELD = "shippingMethodId";

  @Inject TenantDatabase db;
  @Inject OrderHistory history;

  /** Runs before the other observers of a new order (its invoice, its e-mail). */
  void onPlaced(
      @Observes(during = TransactionPhase.IN_PROGRESS) @Priority(Interceptor.Priority.APPLICATION)
          OrderPlaced placed) {
    Long chosen = placed.order().getTracking().getMethodId();
    if (chosen != null) {
      offered(chosen);
    }
  }

  /**
   * An active method of this tenant; an unknown id, another tenant's or a retired method is refused
   * on the method's field.
   */
  public ShippingMethod offered(long id) {
    ShippingMethod m = db.em().find(ShippingMethod.class, id);
    if (m == null || m.isRetired()) {
      throw new BusinessException(FIELD, "order.shippingMethod.notOffered");
    }
    return m;
  }

  /**
   * Staff change the order's method ({@code null}: none) while nothing of it is sent; the history
   * names the old and the new method.
   */
  public void change(Order order, Long methodId) {
    if (!ShippingRules.methodChangeable(order)) {
      throw BusinessException.of("order.shippingMethod.locked", order.getNumber());
    }
    Long old = order.getTracking().getMethodId();
    if (Objects.equals(old, methodId)) {
      return;
    }
    ShippingMethod next = methodId == null ? null : offered(methodId);
    ShippingMethod before = old == null ? null : db.em().find(ShippingMethod.class, old);
    order.getTracking().chooseMethod(methodId);
    history.record(
        order,
        "shippingMethod",
        before == null ? null : before.getNameEn(),
        next == null ? null : next.getNameEn(),
        null);
  }
}
