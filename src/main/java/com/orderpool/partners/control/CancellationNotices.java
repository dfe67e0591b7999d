package com.orderpool.partners.control;

import com.orderpool.orders.control.OrderCancelled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Cancelling an order that was submitted to partners always tells each of them, on the same
 * channel, in the cancelling transaction (a rolled-back cancellation tells nobody). It cannot be
 * switched off.
 */
@ApplicationScoped
public class CancellationNotices {
  @Inject Submissions submissions;

  void onCancelled(@Observes(during = TransactionPhase.IN_PROGRESS) OrderCancelled cancelled) {
    submissions.cancelled(cancelled.order());
  }
}
