package com.orderpool.returns.boundary;

import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.control.InvoiceFactory.CreditLine;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.Settlement;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.returns.control.ReturnMails;
import com.orderpool.returns.control.ReturnRecords;
import com.orderpool.returns.control.ReturnSettings;
import com.orderpool.returns.entity.OrderReturn;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.returns.entity.ReturnLine;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Receiving and closing returns. Receiving does, in one transaction, what each line's action asks:
 * refund and store-credit pieces become credit notes of the invoiced lines (settled as a refund or
 * as customer credit), replaced pieces a new zero-price order, repaired pieces send the order back
 * into production; then the customer gets the Return received e-mail. Anything refused undoes all
 * of it.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class ReturnReceipts {
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Invoicing invoicing;
  @Inject ReturnRecords records;
  @Inject ReturnSettings settings;
  @Inject ReturnMails mails;
  @Inject ShippingMethods methods;
  @Inject OrderHistory history;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  /** The pieces arrived: Received, with every line's action carried out. */
  public OrderReturn receive(long returnId) {
    OrderReturn r = records.forChange(returnId);
    r.receive(tenant.actor(), clock.instant());
    Order order = orders.get(r.getOrderId());
    credit(r, order, ReturnAction.REFUND, Settlement.REFUNDED);
    credit(r, order, ReturnAction.STORE_CREDIT, Settlement.CUSTOMER_CREDIT);
    replace(r, order);
    repair(r, order);
    Order now = orders.get(order.getId());
    history.record(now, "return", "REQUESTED", "RECEIVED", Returns.pieces(r));
    mails.received(now, r);
    return r;
  }

  /** Nothing more to do about a return: dealt with, or never sent by the customer. */
  public OrderReturn close(long returnId) {
    OrderReturn r = records.forChange(returnId);
    String was = r.getStatus().name();
    r.close(tenant.actor(), clock.instant());
    history.record(orders.get(r.getOrderId()), "return", was, "CLOSED", Returns.pieces(r));
    return r;
  }

  /** A credit note for the lines of one kind, settled the way that kind asks. */
  private void credit(OrderReturn r, Order order, ReturnAction kind, Settlement how) {
    List<ReturnLine> lines = of(r, kind);
    if (lines.isEmpty()) {
      return;
    }
    Invoice invoice =
        Returns.invoiceOf(invoicing, order.getId())
            .orElseThrow(
                () ->
                    com.orderpool.core.BusinessException.of("return.noInvoice", order.getNumber()));
    List<CreditLine> credit =
        lines.stream()
            .map(
                l ->
                    new CreditLine(
                        Returns.invoiceLine(Optional.of(invoice), lineOf(order, l))
                            .orElseThrow(
                                () ->
                                    com.orderpool.core.BusinessException.of(
                                        "return.lineNotInvoiced", l.getDescription()))
                            .getId(),
                        l.getQuantity()))
            .toList();
    boolean withShipping = r.isWithShipping() && r.getCreditNotes() == null;
    Invoice note = invoicing.creditNote(invoice.getId(), credit, withShipping, false);
    invoicing.settle(note.getId(), how, null);
    r.credited(note.getNumber());
  }

  /** The replaced pieces go out again on a new order that costs nothing. */
  private void replace(OrderReturn r, Order order) {
    List<ReturnLine> lines = of(r, ReturnAction.REPLACE);
    if (lines.isEmpty()) {
      return;
    }
    int pieces = lines.stream().mapToInt(ReturnLine::getQuantity).sum();
    boolean bulk = order.getType() == OrderType.BULK && pieces >= Order.MIN_BULK_QUANTITY;
    NewOrder cmd =
        new NewOrder(
            bulk ? OrderType.BULK : OrderType.MTO,
            order.getModel(),
            bulk ? pieces : 1,
            order.getCustomerName(),
            order.getCustomerEmail());
    cmd.setCustomerPhone(order.getCustomerPhone());
    cmd.setCustomerCompany(order.getCustomerCompany());
    cmd.setCustomerLanguage(order.getCustomerLanguage());
    cmd.setBilling(order.getBilling());
    cmd.setShipping(order.getShipping());
    cmd.setShippingCost(BigDecimal.ZERO);
    Long method = order.getTracking().getMethodId();
    if (method != null && methods.active().stream().anyMatch(m -> m.getId().equals(method))) {
      cmd.setShippingMethodId(method); // sent back the way the customer chose, while offered
    }
    cmd.setLines(
        lines.stream()
            .map(
                l -> {
                  LineInput in =
                      new LineInput(
                          l.getSku(), l.getDescription(), l.getQuantity(), BigDecimal.ZERO);
                  in.setFree(true);
                  return in;
                })
            .toList());
    Order replacement = orders.placeReplacement(cmd, order.getNumber());
    workflow.launchIfPaid(replacement);
    r.replacedBy(replacement.getId(), replacement.getNumber());
  }

  /** The repaired pieces: the order goes back into production and ships them again. */
  private void repair(OrderReturn r, Order order) {
    int pieces = of(r, ReturnAction.REPAIR).stream().mapToInt(ReturnLine::getQuantity).sum();
    if (pieces > 0) {
      workflow.backToProduction(order.getId(), settings.repairStatus(), pieces, Returns.pieces(r));
    }
  }

  private static List<ReturnLine> of(OrderReturn r, ReturnAction kind) {
    return r.getLines().stream().filter(l -> l.getAction() == kind).toList();
  }

  private static OrderLine lineOf(Order order, ReturnLine l) {
    return order.getLines().stream()
        .filter(ol -> ol.getId() == l.getOrderLineId())
        .findFirst()
        .orElseThrow(
            () -> new com.orderpool.core.NotFoundException("orderLine", l.getOrderLineId()));
  }
}
