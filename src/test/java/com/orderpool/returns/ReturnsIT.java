package com.orderpool.returns;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.returns.boundary.ReturnConfig;
import com.orderpool.returns.boundary.ReturnReceipts;
import com.orderpool.returns.boundary.Returns;
import com.orderpool.returns.boundary.Returns.Candidate;
import com.orderpool.returns.boundary.Returns.LineRequest;
import com.orderpool.returns.control.ReturnRecords;
import com.orderpool.returns.entity.OrderReturn;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.returns.entity.ReturnStatus;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Returns: a shipped order's pieces come back; on receipt refunds and store credit are credit notes
 * of the invoiced prices (to the cent), a replacement is a linked zero-price order, a repair sends
 * the order back into production; never more than was shipped; the customer hears of it; another
 * tenant sees none of it.
 */
class ReturnsIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject Payments payments;
  @Inject Invoicing invoicing;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject Returns returns;
  @Inject ReturnReceipts receipts;
  @Inject ReturnConfig config;
  @Inject OutboxService outbox;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  /** A paid order with two lines (2 × 100.00 and 1 × 12.50), invoiced. */
  private Order paidOrder(String code, String who, BigDecimal shipping) {
    NewOrder cmd = TestOrders.of(OrderType.BULK, "Derby", 3, "Ana Ruiz", Codes.email(code, who));
    cmd.setCustomerLanguage("es");
    cmd.setShippingCost(shipping);
    cmd.setLines(
        new ArrayList<>(
            List.of(
                new LineInput("DRB-38", "Derby, EU 38", 2, new BigDecimal("100.00")),
                new LineInput("LACE-1", "Spare laces", 1, new BigDecimal("12.50")))));
    Order o = as(code, () -> orders.create(cmd));
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
    in.setReference("TRF-" + o.getNumber());
    Order paid = as(code, () -> payments.record(o.getId(), in, o.getVersion()));
    if (invoiceOf(code, paid) == null) {
      as(code, () -> invoicing.issue(paid.getId()));
    }
    return paid;
  }

  private Invoice invoiceOf(String code, Order o) {
    return as(code, () -> invoicing.ofOrder(o.getId())).stream()
        .filter(i -> !i.isCreditNote())
        .findFirst()
        .orElse(null);
  }

  /** Ships pieces of an order (null: all that are left) and marks them sent. */
  private Order ship(String code, Order o, Integer pieces) {
    long method = as(code, () -> methods.active()).get(0).getId();
    Shipment s =
        as(code, () -> shipments.schedule(o.getId(), method, "RT" + o.getId(), pieces, ""));
    as(code, () -> shipments.send(s.getId()));
    return reload(code, o);
  }

  private Order reload(String code, Order o) {
    return as(code, () -> orders.get(o.getId()));
  }

  private static long line(Order o, int no) {
    return o.getLines().stream().filter(l -> l.getLineNo() == no).findFirst().orElseThrow().getId();
  }

  private OrderReturn create(String code, Order o, LineRequest... lines) {
    return as(code, () -> returns.create(o.getId(), List.of(lines), "customer called"));
  }

  @Test
  void receivingARefundAndAStoreCreditIssuesCreditNotesOfTheInvoicedPricesToTheCent()
      throws Exception {
    String code = Codes.newTenant(console);
    Order o = ship(code, paidOrder(code, "ana", BigDecimal.ZERO), null);
    assertEquals(Phase.SHIPPED, o.getPhase());
    List<Candidate> open = as(code, () -> returns.candidates(o.getId()));
    assertEquals(List.of(2, 1), open.stream().map(Candidate::returnable).toList());

    OrderReturn r =
        create(
            code,
            o,
            new LineRequest(line(o, 1), 1, "damaged", ReturnAction.REFUND),
            new LineRequest(line(o, 2), 1, "wrong-size", ReturnAction.STORE_CREDIT));
    assertEquals(ReturnStatus.REQUESTED, r.getStatus());
    // 100.00 + 21 % VAT = 121.00 refunded; 12.50 + 21 % = 15.125 -> 15.13 as credit
    assertEquals(new BigDecimal("136.13"), r.getReimbursable());
    Invoice invoice = invoiceOf(code, o);
    assertEquals(1, as(code, () -> invoicing.ofOrder(o.getId())).size(), "no credit note yet");

    OrderReturn received = as(code, () -> receipts.receive(r.getId()));
    assertEquals(ReturnStatus.RECEIVED, received.getStatus());
    List<Invoice> notes =
        as(code, () -> invoicing.ofOrder(o.getId())).stream()
            .filter(Invoice::isCreditNote)
            .toList();
    assertEquals(2, notes.size());
    assertEquals(
        List.of(new BigDecimal("121.00"), new BigDecimal("15.13")),
        notes.stream().map(Invoice::getTotal).toList());
    assertEquals(
        r.getReimbursable(),
        notes.stream().map(Invoice::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
    assertTrue(notes.stream().allMatch(n -> invoice.getId().equals(n.getCreditedInvoiceId())));
    assertTrue(received.getCreditNotes().contains(notes.get(0).getNumber()));
    Order after = reload(code, o);
    // both are paid back on the order: 121.00 refunded, 15.13 kept by the customer as credit
    assertEquals(new BigDecimal("136.13"), after.getAmountRefunded());
    assertEquals(
        new BigDecimal("15.13"),
        as(code, () -> payments.creditAccount(after.getCustomerId())).balance());

    OutboxMessage mail =
        as(code, () -> outbox.ofOrder(o.getId())).stream()
            .filter(m -> m.getEvent() == MailEvent.RETURN_RECEIVED)
            .findFirst()
            .orElseThrow();
    assertTrue(mail.getTextBody().contains("Dañado"), "in the customer's language");
    assertTrue(
        MailInbox.await(
                Codes.email(code, "ana"),
                MailInbox.subjectContains(o.getNumber()),
                Duration.ofSeconds(30))
            .isPresent());
    assertTrue(
        as(code, () -> orders.history(o.getId())).stream()
            .anyMatch(h -> "return".equals(h.getField()) && "RECEIVED".equals(h.getNewValue())));

    fails(BusinessException.class, () -> as(code, () -> receipts.receive(r.getId())));
    assertEquals(ReturnStatus.CLOSED, as(code, () -> receipts.close(r.getId())).getStatus());
    assertEquals(
        List.of(1, 0),
        as(code, () -> returns.candidates(o.getId())).stream().map(Candidate::returnable).toList());
  }

  @Test
  void whenTheTenantRefundsShippingTheFirstRefundIncludesItOnce() {
    String code = Codes.newTenant(console);
    as(
        code,
        () ->
            config.save(
                new ReturnConfig.Values(
                    "damaged\nArrived late", List.of(ReturnAction.values()), true, "")));
    Order o = ship(code, paidOrder(code, "luis", new BigDecimal("10.00")), null);
    OrderReturn r =
        create(code, o, new LineRequest(line(o, 1), 1, "Arrived late", ReturnAction.REFUND));
    assertTrue(r.isWithShipping());
    assertEquals(new BigDecimal("133.10"), r.getReimbursable(), "(100.00 + 10.00) + 21 %");
    OrderReturn second =
        create(code, o, new LineRequest(line(o, 1), 1, "damaged", ReturnAction.REFUND));
    assertEquals(new BigDecimal("121.00"), second.getReimbursable(), "shipping only once");
    as(code, () -> receipts.receive(r.getId()));
    List<Invoice> notes =
        as(code, () -> invoicing.ofOrder(o.getId())).stream()
            .filter(Invoice::isCreditNote)
            .toList();
    assertEquals(new BigDecimal("133.10"), notes.get(0).getTotal());
    fails(
        BusinessException.class,
        () -> create(code, o, new LineRequest(line(o, 1), 1, "Wrong colour", ReturnAction.REFUND)));
  }

  @Test
  void noReturnAboveWhatWasShippedLessEarlierReturns() {
    String code = Codes.newTenant(console);
    Order unshipped = paidOrder(code, "eva", BigDecimal.ZERO);
    BusinessException nothingSent =
        fails(
            BusinessException.class,
            () ->
                create(
                    code,
                    unshipped,
                    new LineRequest(line(unshipped, 1), 1, "damaged", ReturnAction.REFUND)));
    assertEquals("return.tooMany", nothingSent.messageKey());

    Order o = ship(code, unshipped, 2); // a BULK order: 2 of its 3 pieces sent
    assertEquals(
        List.of(2, 0),
        as(code, () -> returns.candidates(o.getId())).stream().map(Candidate::shipped).toList());
    BusinessException tooMany =
        fails(
            BusinessException.class,
            () -> create(code, o, new LineRequest(line(o, 1), 3, "damaged", ReturnAction.REFUND)));
    assertEquals("return.tooMany", tooMany.messageKey());
    assertEquals("lines", tooMany.field());
    create(code, o, new LineRequest(line(o, 1), 2, "damaged", ReturnAction.REFUND));
    fails(
        BusinessException.class,
        () -> create(code, o, new LineRequest(line(o, 1), 1, "damaged", ReturnAction.REFUND)));
    BusinessException empty =
        fails(
            BusinessException.class,
            () -> create(code, o, new LineRequest(line(o, 1), 0, "damaged", ReturnAction.REFUND)));
    assertEquals("return.empty", empty.messageKey());
    assertEquals(1, as(code, () -> returns.ofOrder(o.getId())).size(), "nothing half-created");
  }

  @Test
  void aReplacementIsALinkedZeroPriceOrderAndARepairGoesBackToProduction() {
    String code = Codes.newTenant(console);
    Order o = ship(code, paidOrder(code, "noa", BigDecimal.ZERO), null);
    OrderReturn r =
        create(
            code,
            o,
            new LineRequest(line(o, 1), 2, "wrong-size", ReturnAction.REPLACE),
            new LineRequest(line(o, 2), 1, "damaged", ReturnAction.REPAIR));
    assertEquals(new BigDecimal("0.00"), r.getReimbursable(), "nothing paid back");
    OrderReturn received = as(code, () -> receipts.receive(r.getId()));

    assertNotNull(received.getReplacementNumber());
    Order replacement = as(code, () -> orders.getByNumber(received.getReplacementNumber()));
    assertEquals(0, replacement.getTotal().signum());
    assertEquals(o.getNumber(), replacement.getReplaces());
    assertEquals(Phase.IN_PRODUCTION, replacement.getPhase(), "nothing to pay: straight in");
    assertEquals(
        List.of("Derby, EU 38"),
        replacement.getLines().stream().map(OrderLine::getDescription).toList());
    assertEquals(2, replacement.getLines().get(0).getQuantity());
    assertEquals(0, replacement.getLines().get(0).getUnitPrice().signum());
    assertTrue(
        as(code, () -> orders.history(o.getId())).stream()
            .anyMatch(
                h ->
                    "replacement".equals(h.getField())
                        && replacement.getNumber().equals(h.getNewValue())));
    assertTrue(
        as(code, () -> invoicing.ofOrder(o.getId())).stream().noneMatch(Invoice::isCreditNote));

    Order repaired = reload(code, o);
    assertEquals(Phase.IN_PRODUCTION, repaired.getPhase(), "the repair sent it back");
    assertEquals(1, as(code, () -> shipments.piecesLeft(o.getId())), "the repaired piece ships");
    Order reshipped = ship(code, repaired, null);
    assertEquals(Phase.SHIPPED, reshipped.getPhase());
  }

  @Test
  void anotherTenantCanNeitherSeeNorChangeAReturn() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Order o = ship(a, paidOrder(a, "ida", BigDecimal.ZERO), null);
    OrderReturn r = create(a, o, new LineRequest(line(o, 1), 1, "damaged", ReturnAction.REFUND));

    fails(NotFoundException.class, () -> as(b, () -> returns.get(r.getId())));
    fails(NotFoundException.class, () -> as(b, () -> returns.ofOrder(o.getId())));
    fails(NotFoundException.class, () -> as(b, () -> returns.candidates(o.getId())));
    fails(NotFoundException.class, () -> as(b, () -> receipts.receive(r.getId())));
    fails(NotFoundException.class, () -> as(b, () -> receipts.close(r.getId())));
    fails(
        NotFoundException.class,
        () ->
            as(
                b,
                () ->
                    returns.create(
                        o.getId(),
                        List.of(new LineRequest(line(o, 1), 1, "damaged", ReturnAction.REFUND)),
                        null)));
    assertTrue(
        as(b, () -> returns.search(new ReturnRecords.Filter(null, null, null, null), 100))
            .isEmpty());
    assertEquals(ReturnStatus.REQUESTED, as(a, () -> returns.get(r.getId())).getStatus());
    assertEquals(
        1,
        as(
                a,
                () ->
                    returns.search(
                        new ReturnRecords.Filter(ReturnStatus.REQUESTED, "damaged", null, null),
                        100))
            .size());
  }
}
