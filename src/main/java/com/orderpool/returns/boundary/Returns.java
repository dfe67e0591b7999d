package com.orderpool.returns.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.InvoiceLine;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.orders.entity.Phase;
import com.orderpool.returns.control.ReturnRecords;
import com.orderpool.returns.control.ReturnRules;
import com.orderpool.returns.control.ReturnSettings;
import com.orderpool.returns.entity.OrderReturn;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.returns.entity.ReturnLine;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current tenant's returns: what of a shipped order may come back, a new return (Requested),
 * and the lists. Receiving and closing are {@link ReturnReceipts}'.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class Returns {
  @Inject OrderService orders;
  @Inject Invoicing invoicing;
  @Inject ReturnRecords records;
  @Inject ReturnSettings settings;
  @Inject OrderHistory history;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  /** A line of a shipped order and how many of its pieces may still come back. */
  public record Candidate(
      long orderLineId,
      int lineNo,
      String sku,
      String description,
      int quantity,
      int shipped,
      int returned,
      int returnable,
      BigDecimal unitPrice)
      implements Serializable {}

  /** What comes back of one line, why, and what is done about it. */
  public record LineRequest(long orderLineId, int quantity, String reason, ReturnAction action)
      implements Serializable {}

  /** The lines of an order with what may come back of each (at the invoiced prices). */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<Candidate> candidates(long orderId) {
    Order order = orders.get(orderId);
    return candidates(order, invoiceOf(orderId));
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<OrderReturn> ofOrder(long orderId) {
    orders.get(orderId);
    return records.ofOrder(orderId);
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public OrderReturn get(long returnId) {
    return records.get(returnId);
  }

  /** The Returns page: returns matching a filter, newest first, at most {@code max}. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<OrderReturn> search(@NotNull ReturnRecords.Filter filter, int max) {
    return records.search(filter, Math.max(1, Math.min(max, 1000)));
  }

  /** The reasons and actions a new return offers. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<String> reasons() {
    return settings.reasons();
  }

  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<ReturnAction> actions() {
    return settings.actions();
  }

  /**
   * A new return (Requested) of a shipped order: per line the pieces coming back (never more than
   * were sent less earlier returns), a reason and an action. What it will pay back is computed now
   * from the invoiced prices, with the invoice's shipping when the tenant refunds it.
   */
  public OrderReturn create(
      long orderId,
      @NotNull List<LineRequest> requested,
      @Size(max = 1000, message = "{return.note.size}") String note) {
    Order order = orders.get(orderId);
    Optional<Invoice> invoice = invoiceOf(orderId);
    Map<Long, Candidate> open = new java.util.HashMap<>();
    candidates(order, invoice).forEach(c -> open.put(c.orderLineId(), c));
    List<String> reasons = settings.reasons();
    List<ReturnAction> actions = settings.actions();
    List<ReturnLine> lines = new ArrayList<>();
    for (LineRequest r : requested) {
      if (r.quantity() == 0) {
        continue;
      }
      Candidate c = open.get(r.orderLineId());
      if (c == null) {
        throw BusinessException.of("return.unknownLine");
      }
      if (r.quantity() < 0 || r.quantity() > c.returnable()) {
        throw new BusinessException(
            "lines", "return.tooMany", c.description(), c.returnable(), r.quantity());
      }
      if (r.reason() == null || !reasons.contains(r.reason())) {
        throw new BusinessException("lines", "return.reason.required", c.description());
      }
      if (r.action() == null || !actions.contains(r.action())) {
        throw new BusinessException("lines", "return.action.required", c.description());
      }
      lines.add(
          new ReturnLine(
              0,
              c.orderLineId(),
              c.lineNo(),
              c.sku(),
              c.description(),
              r.quantity(),
              c.unitPrice(),
              r.reason(),
              r.action()));
    }
    if (lines.isEmpty()) {
      throw new BusinessException("lines", "return.empty");
    }
    boolean reimburses = lines.stream().anyMatch(l -> l.getAction().reimburses());
    if (reimburses && invoice.isEmpty()) {
      throw new BusinessException("lines", "return.noInvoice", order.getNumber());
    }
    boolean withShipping = reimburses && shippingRefundable(order, invoice.orElse(null));
    OrderReturn created =
        records.create(
            new OrderReturn(
                new OrderReturn.Header(
                    order.getId(),
                    order.getNumber(),
                    order.getCustomerName(),
                    note,
                    withShipping,
                    reimburses ? reimbursable(lines, invoice.get(), withShipping) : zero(),
                    order.getCurrency(),
                    lines.stream().mapToInt(ReturnLine::getQuantity).sum()),
                tenant.actor(),
                clock.instant()),
            lines);
    history.record(order, "return", null, "REQUESTED", pieces(created));
    return created;
  }

  /**
   * What a return pays back, as its credit notes will: one per kind (refund, store credit), the
   * shipping on the first of them.
   */
  static BigDecimal reimbursable(List<ReturnLine> lines, Invoice invoice, boolean withShipping) {
    BigDecimal total = zero();
    boolean shippingLeft = withShipping;
    for (ReturnAction kind : List.of(ReturnAction.REFUND, ReturnAction.STORE_CREDIT)) {
      List<BigDecimal> amounts =
          lines.stream().filter(l -> l.getAction() == kind).map(ReturnLine::getAmount).toList();
      if (amounts.isEmpty()) {
        continue;
      }
      BigDecimal shipping = shippingLeft ? invoice.getShippingCost() : BigDecimal.ZERO;
      shippingLeft = false;
      total = total.add(ReturnRules.reimbursable(amounts, shipping, invoice.getVatRate()));
    }
    return total;
  }

  /**
   * The tenant refunds shipping, the invoice is this order's alone, and neither a credit note nor
   * another open return already takes its shipping back.
   */
  private boolean shippingRefundable(Order order, Invoice invoice) {
    return settings.refundShipping()
        && invoice != null
        && invoice.getOrderId() != null
        && invoice.getShippingCost().signum() > 0
        && !invoicing.shippingCredited(invoice.getId())
        && records.ofOrder(order.getId()).stream().noneMatch(OrderReturn::isWithShipping);
  }

  private List<Candidate> candidates(Order order, Optional<Invoice> invoice) {
    List<OrderLine> lines = order.getLines();
    int[] quantities = lines.stream().mapToInt(OrderLine::getQuantity).toArray();
    int sent =
        order.getPhase() == Phase.SHIPPED || order.getPhase() == Phase.COMPLETED
            ? Math.max(order.getQuantity(), order.getTracking().getPiecesSent())
            : order.getTracking().getPiecesSent();
    int[] shipped = ReturnRules.shipped(quantities, order.getQuantity(), sent);
    Map<Long, Integer> taken = records.returnedPerLine(order.getId());
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderLine l = lines.get(i);
      int returned = taken.getOrDefault(l.getId(), 0);
      out.add(
          new Candidate(
              l.getId(),
              l.getLineNo(),
              l.getSku(),
              l.getDescription(),
              l.getQuantity(),
              shipped[i],
              returned,
              ReturnRules.returnable(shipped[i], returned),
              invoiceLine(invoice, l).map(InvoiceLine::getUnitPrice).orElse(l.getUnitPrice())));
    }
    return out;
  }

  private Optional<Invoice> invoiceOf(long orderId) {
    return invoiceOf(invoicing, orderId);
  }

  /** The order's invoice (not a credit note), if it has one. */
  static Optional<Invoice> invoiceOf(Invoicing invoicing, long orderId) {
    return invoicing.ofOrder(orderId).stream().filter(i -> !i.isCreditNote()).findFirst();
  }

  /** The invoice line that billed an order line. */
  static Optional<InvoiceLine> invoiceLine(Optional<Invoice> invoice, OrderLine line) {
    return invoice.stream()
        .flatMap(i -> i.getLines().stream())
        .filter(il -> line.getId().equals(il.getSourceLine()))
        .findFirst();
  }

  static String pieces(OrderReturn r) {
    return "return #" + r.getId() + ": " + r.getPieces() + " pcs";
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
