package com.orderpool.invoicing.control;

import com.orderpool.core.BusinessException;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.orders.control.OrderCancelled;
import com.orderpool.orders.control.OrderPlaced;
import com.orderpool.orders.entity.Order;
import com.orderpool.payments.control.OrderPaidInFull;
import com.orderpool.payments.control.PaymentsReversed;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Creates documents as orders move, in the order's own transaction: the invoice when the order is
 * placed or fully paid (per the tenant's invoice mode; grouped orders are invoiced by their group),
 * the paid mark on an existing invoice, and the credit note a paid order's cancellation owes.
 */
@ApplicationScoped
public class InvoiceTriggers {
  @Inject InvoiceSettings settings;
  @Inject InvoiceFactory factory;
  @Inject InvoiceQueries queries;
  @Inject TenantDatabase db;
  @Inject java.time.Clock clock;

  void onPlaced(@Observes(during = TransactionPhase.IN_PROGRESS) OrderPlaced placed) {
    if (settings.mode() == InvoiceSettings.Mode.ON_ORDER) {
      factory.invoice(List.of(placed.order()), null);
    }
  }

  void onPaid(@Observes(during = TransactionPhase.IN_PROGRESS) OrderPaidInFull paid) {
    Order order = paid.order();
    if (order.getInvoiceId() != null) {
      queries.find(order.getInvoiceId()).ifPresent(inv -> markPaidIfCovered(inv));
    } else if (order.getGroupId() == null && settings.mode() == InvoiceSettings.Mode.ON_PAYMENT) {
      factory.invoice(List.of(order), null);
    }
  }

  /**
   * A paid order that is cancelled gets its credit note at once: the credit owed (paid minus the
   * cancellation fee). An order paid without an invoice (manual mode) is invoiced first.
   */
  void onCancelled(@Observes(during = TransactionPhase.IN_PROGRESS) OrderCancelled cancelled) {
    Order order = cancelled.order();
    if (order.getPendingCredit() == null || order.getPendingCredit().signum() <= 0) {
      return;
    }
    Invoice invoice =
        order.getInvoiceId() == null
            ? factory.invoice(List.of(order), null)
            : queries.lockedWithLines(order.getInvoiceId());
    factory.creditAmount(invoice, order.getPendingCredit(), order.getNumber());
  }

  /**
   * An order's payments were taken back: its invoice is not paid any more. A credit note on that
   * invoice rests on those payments, so the reversal is refused (and rolled back) instead.
   */
  void onReversed(@Observes(during = TransactionPhase.IN_PROGRESS) PaymentsReversed reversed) {
    Order order = reversed.order();
    if (order.getInvoiceId() == null) {
      return;
    }
    Invoice invoice = queries.lockedWithLines(order.getInvoiceId());
    List<Invoice> notes = queries.creditNotesOf(invoice.getId());
    if (!notes.isEmpty()) {
      throw BusinessException.of(
          "payment.unpaid.credited", order.getNumber(), notes.get(0).getNumber());
    }
    if (invoice.isPaid()) {
      invoice.markPaid(false, clock.instant());
      db.em().flush();
    }
  }

  private void markPaidIfCovered(Invoice inv) {
    if (queries.ordersOf(inv.getId()).stream().allMatch(Order::isFullyPaid)) {
      inv.markPaid(true, clock.instant());
    }
    db.em().flush();
  }
}
