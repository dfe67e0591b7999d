package com.orderpool.shipping.control;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.OnAccount.Terms;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;

/** When an order may ship, and how many of its pieces are left to ship. */
public final class ShippingRules {
  private ShippingRules() {}

  /**
   * Refuses an order that is cancelled, on hold, not paid in full (unless it is on account: the
   * tenant ships before payment and the customer is trusted, {@code unpaid}), not yet made, or has
   * no pieces left to ship ({@code open}: pieces already in shipments not yet sent).
   */
  public static void checkShippable(Order order, int open, Terms unpaid) {
    Phase phase = order.getPhase();
    if (phase == Phase.CANCELLED || phase == Phase.REFUNDED) {
      throw BusinessException.of("shipment.cancelled", order.getNumber());
    }
    if (phase == Phase.ON_HOLD) {
      throw BusinessException.of("shipment.onHold", order.getNumber());
    }
    if (!order.isFullyPaid() && !unpaid.allowed()) {
      throw BusinessException.of(unpaidRefusal(unpaid), order.getNumber());
    }
    if (phase != Phase.IN_PRODUCTION && phase != Phase.SHIPPED) {
      throw BusinessException.of("shipment.notReady", order.getNumber());
    }
    if (left(order, open) <= 0) {
      throw BusinessException.of("shipment.allSent", order.getNumber());
    }
  }

  /**
   * The customer's shipping method may still change: the order is still open (waiting for payment,
   * on hold or in production) and nothing of it is sent yet.
   */
  public static boolean methodChangeable(Order order) {
    Phase phase = order.getPhase();
    return order.getTracking().getPiecesSent() == 0
        && (phase == Phase.PENDING_PAYMENT
            || phase == Phase.ON_HOLD
            || phase == Phase.IN_PRODUCTION);
  }

  /** Why an unpaid order does not ship: the tenant's setting or the customer's trust. */
  private static String unpaidRefusal(Terms unpaid) {
    if (unpaid.tenantAllows()) {
      return "shipment.unpaid.untrusted";
    }
    return unpaid.customerTrusted() ? "shipment.unpaid.notAllowed" : "shipment.unpaid";
  }

  /** Every piece is sent and the order has not yet moved to a Shipped status. */
  public static boolean sentInFull(Order order) {
    return order.getTracking().getPiecesSent() >= order.getQuantity()
        && order.getPhase() != Phase.SHIPPED;
  }

  /** Pieces neither sent nor in an open shipment. */
  public static int left(Order order, int open) {
    return order.getQuantity() - order.getTracking().getPiecesSent() - open;
  }

  /** Checks the pieces asked for against what is left. */
  public static int pieces(Order order, Integer asked, int open) {
    int left = left(order, open);
    if (asked == null) {
      return left;
    }
    if (asked < 1 || asked > left) {
      throw new BusinessException("pieces", "shipment.pieces.range", order.getNumber(), left);
    }
    return asked;
  }
}
