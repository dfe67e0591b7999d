package com.orderpool.payments.control;

import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.entity.PaymentFailure;
import com.orderpool.payments.entity.PaymentFailure.Outcome;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;

/**
 * Applies a payment failure a provider reported, in the caller's transaction. An order waiting for
 * that payment moves to the tenant's first Failed status, and the history shows the failure with
 * the provider's reason and the status change. An order that still takes money but does not wait
 * for it (on hold, or in production after its payment was taken back) only gets the failure in its
 * history; a paid, cancelled, shipped or ended one is left alone. Every failure is recorded once
 * per provider event.
 */
@ApplicationScoped
public class PaymentFailures {
  /** The history note of the status change (history.note.payment_failed). */
  public static final String NOTE = "payment failed";

  @Inject TenantDatabase db;
  @Inject StatusCatalog statuses;
  @Inject OrderHistory history;
  @Inject OrderStore orders;
  @Inject Clock clock;

  /** A failure of one provider event: its reference and reason are optional. */
  public record Failure(String provider, String eventId, String reference, String reason) {}

  public Outcome record(Order order, Failure f) {
    Outcome outcome = Outcome.UNCHANGED;
    if (order.isPaymentFailable()) {
      OrderStatus failed = statuses.require(Phase.FAILED);
      history.record(order, "paymentFailed", null, source(f), f.reason());
      OrderStatus old = order.paymentFailed(failed);
      history.record(order, "status", old.name(Locale.ENGLISH), failed.name(Locale.ENGLISH), NOTE);
      orders.saved(order);
      outcome = Outcome.FAILED;
    } else if (order.isPayable()) {
      history.record(order, "paymentFailed", null, source(f), f.reason());
    }
    db.em()
        .persist(
            new PaymentFailure(
                order.getId(),
                f.provider(),
                f.eventId(),
                f.reference(),
                f.reason(),
                outcome,
                clock.instant()));
    db.em().flush();
    return outcome;
  }

  /** The provider and its reference, as the history shows where the failure came from. */
  private static String source(Failure f) {
    return f.reference() == null ? f.provider() : f.provider() + " · " + f.reference();
  }
}
