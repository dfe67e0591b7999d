package com.orderpool.payments;

import static com.orderpool.support.Failures.unwrap;
import static com.orderpool.support.TestMoney.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.Settlement;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.Payment;
import com.orderpool.payments.entity.PaymentKind;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestMoney;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSettings;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Manual and partial payments, the launch into production when fully paid, Paid / Not paid with a
 * reason, customer credit from a cancelled paid order, and that no tenant pays another's order.
 */
class PaymentsIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Payments payments;
  @Inject Invoicing invoicing;
  @Inject TenantSettings settings;
  @Inject Transactions tx;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private Order order(String code, String net) {
    return as(code, () -> orders.create(TestMoney.priced(Codes.email(code, "ann"), net)));
  }

  private Order pay(String code, Order o, PaymentMethod m, String amount) {
    PaymentInput in = new PaymentInput(m, eur(amount), LocalDate.now());
    in.setReference("REF-" + amount);
    return as(code, () -> payments.record(o.getId(), in, o.getVersion()));
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  @Test
  void partialPaymentsThenTheRestLaunchesTheOrderAndIssuesItsInvoice() {
    String code = Codes.newTenant(console);
    Order o = order(code, "100.00");
    assertEquals(eur("121.00"), o.getTotal(), "21 % VAT by default");

    Order part = pay(code, o, PaymentMethod.BANK_TRANSFER, "50.00");
    assertEquals(PaymentStatus.PARTIALLY_PAID, part.getPaymentStatus());
    assertEquals(Phase.PENDING_PAYMENT, part.getPhase(), "never launched unpaid");
    assertNull(part.getWipStartAt());
    assertEquals(eur("71.00"), part.balanceDue());
    assertNull(part.getInvoiceNumber(), "invoiced on payment by default");

    Order paid = pay(code, part, PaymentMethod.CASH, "71.00");
    assertEquals(PaymentStatus.PAID, paid.getPaymentStatus());
    assertEquals(Phase.IN_PRODUCTION, paid.getPhase());
    assertNotNull(paid.getWipStartAt());
    assertNotNull(paid.getPaidAt());
    assertEquals(0, paid.balanceDue().signum());

    Order fresh = as(code, () -> orders.get(o.getId()));
    assertEquals(Phase.IN_PRODUCTION, fresh.getPhase(), "stored");
    assertEquals("queued", fresh.getStatus().getCode(), "the first production status");
    List<Payment> rows = as(code, () -> payments.of(o.getId()));
    assertEquals(2, rows.size());
    assertEquals(eur("50.00"), rows.get(0).getAmount());
    assertEquals(PaymentMethod.CASH, rows.get(1).getMethod());
    assertEquals("REF-71.00", rows.get(1).getReference());

    int year = LocalDate.now().getYear();
    assertEquals("INV-" + year + "-000001", fresh.getInvoiceNumber());
    List<Invoice> docs = as(code, () -> invoicing.ofOrder(o.getId()));
    assertEquals(1, docs.size());
    assertTrue(docs.get(0).isPaid());
    assertEquals(eur("121.00"), docs.get(0).getTotal());

    List<String> fields =
        as(code, () -> orders.history(o.getId())).stream()
            .map(OrderHistoryEntry::getField)
            .toList();
    assertTrue(fields.contains("payment"), fields.toString());
    assertTrue(fields.contains("paymentStatus"), fields.toString());
    assertTrue(fields.contains("invoice"), fields.toString());
  }

  @Test
  void badPaymentsAreRefusedAndChangeNothing() {
    String code = Codes.newTenant(console);
    Order o = order(code, "10.00");
    assertEquals(
        "payment.amount.exceedsBalance",
        fails(BusinessException.class, () -> pay(code, o, PaymentMethod.CASH, "12.11"))
            .messageKey());
    fails(ConstraintViolationException.class, () -> pay(code, o, PaymentMethod.CASH, "0.00"));
    PaymentInput future =
        new PaymentInput(PaymentMethod.CASH, eur("1.00"), LocalDate.now().plusDays(3));
    fails(
        ConstraintViolationException.class,
        () -> as(code, () -> payments.record(o.getId(), future, o.getVersion())));
    as(
        code,
        () -> {
          tx.run(() -> settings.put("payment.methods", "BANK_TRANSFER"));
          return null;
        });
    assertEquals(
        "payment.method.disabled",
        fails(BusinessException.class, () -> pay(code, o, PaymentMethod.CASH, "1.00"))
            .messageKey());
    pay(code, o, PaymentMethod.BANK_TRANSFER, "1.00");
    fails(ConflictException.class, () -> pay(code, o, PaymentMethod.BANK_TRANSFER, "1.00"));
    Order after = as(code, () -> orders.get(o.getId()));
    assertEquals(eur("1.00"), after.getAmountPaid(), "only the good payment counts");
    assertEquals(1, as(code, () -> payments.of(o.getId())).size());
  }

  @Test
  void markPaidAndNotPaidNeedAReasonAndAreAudited() {
    String code = Codes.newTenant(console);
    Order o = order(code, "40.00");
    assertEquals(
        "payment.reason.required",
        fails(
                BusinessException.class,
                () -> as(code, () -> payments.markPaid(o.getId(), " ", o.getVersion())))
            .messageKey());
    Order paid = as(code, () -> payments.markPaid(o.getId(), "paid by iDEAL", o.getVersion()));
    assertEquals(PaymentStatus.PAID, paid.getPaymentStatus());
    assertEquals(Phase.IN_PRODUCTION, paid.getPhase());
    Order unpaid =
        as(code, () -> payments.markUnpaid(o.getId(), "bank bounced it", paid.getVersion()));
    assertEquals(PaymentStatus.UNPAID, unpaid.getPaymentStatus());
    assertEquals(0, unpaid.getAmountPaid().signum());
    assertEquals(Phase.IN_PRODUCTION, unpaid.getPhase(), "production is not undone");
    List<Payment> rows = as(code, () -> payments.of(o.getId()));
    assertEquals(
        List.of(PaymentKind.PAYMENT, PaymentKind.REVERSAL),
        rows.stream().map(Payment::getKind).toList());
    assertEquals(eur("-48.40"), rows.get(1).getAmount());
    assertTrue(
        as(code, () -> orders.history(o.getId())).stream()
            .anyMatch(h -> "bank bounced it".equals(h.getReason())),
        "the reason is in the history");
  }

  @Test
  void aCancelledPaidOrdersCreditNoteKeptAsCreditPaysTheNextOrder() {
    String code = Codes.newTenant(console);
    Order o = order(code, "100.00");
    Order paid = pay(code, o, PaymentMethod.BANK_TRANSFER, "121.00");
    Order cancelled =
        as(
            code,
            () ->
                workflow.cancel(
                    o.getId(), "changed mind", new BigDecimal("10"), paid.getVersion()));
    assertEquals(eur("108.90"), cancelled.getPendingCredit(), "121.00 minus a 10 % fee");

    List<Invoice> docs = as(code, () -> invoicing.ofOrder(o.getId()));
    assertEquals(2, docs.size(), "the invoice and its automatic credit note");
    Invoice note = docs.get(1);
    assertTrue(note.isCreditNote());
    assertEquals("CN-" + LocalDate.now().getYear() + "-000001", note.getNumber());
    assertEquals(eur("108.90"), note.getTotal());
    assertEquals(docs.get(0).getId(), note.getCreditedInvoiceId());

    as(code, () -> invoicing.settle(note.getId(), Settlement.CUSTOMER_CREDIT, null));
    Order after = as(code, () -> orders.get(o.getId()));
    assertEquals(PaymentStatus.PARTIALLY_REFUNDED, after.getPaymentStatus());
    long customer = after.getCustomerId();
    assertEquals(eur("108.90"), as(code, () -> payments.creditAccount(customer).balance()));
    assertEquals(
        "creditNote.settle.already",
        fails(
                BusinessException.class,
                () -> as(code, () -> invoicing.settle(note.getId(), Settlement.REFUNDED, null)))
            .messageKey());

    Order next = order(code, "50.00");
    Order withCredit = pay(code, next, PaymentMethod.CUSTOMER_CREDIT, "60.50");
    assertEquals(PaymentStatus.PAID, withCredit.getPaymentStatus());
    assertEquals(Phase.IN_PRODUCTION, withCredit.getPhase());
    assertEquals(eur("48.40"), as(code, () -> payments.creditAccount(customer).balance()));

    Order third = order(code, "50.00");
    assertEquals(
        "payment.credit.insufficient",
        fails(
                BusinessException.class,
                () -> pay(code, third, PaymentMethod.CUSTOMER_CREDIT, "60.50"))
            .messageKey());
    assertEquals(
        eur("48.40"), as(code, () -> payments.creditAccount(customer).balance()), "nothing spent");
  }

  /** A paid order cancelled with a 10 % fee, its credit note kept as credit: 108.90 of credit. */
  private long customerWithCredit(String code) {
    Order o = order(code, "100.00");
    Order paid = pay(code, o, PaymentMethod.BANK_TRANSFER, "121.00");
    as(
        code,
        () -> workflow.cancel(o.getId(), "changed mind", new BigDecimal("10"), paid.getVersion()));
    Invoice note = as(code, () -> invoicing.ofOrder(o.getId())).get(1);
    as(code, () -> invoicing.settle(note.getId(), Settlement.CUSTOMER_CREDIT, null));
    long customer = as(code, () -> orders.get(o.getId())).getCustomerId();
    assertEquals(eur("108.90"), as(code, () -> payments.creditAccount(customer).balance()));
    return customer;
  }

  @Test
  void notPaidOnAnOrderPaidWithCreditGivesTheCreditBack() {
    String code = Codes.newTenant(console);
    long customer = customerWithCredit(code);
    Order next = order(code, "50.00");
    Order withCredit = pay(code, next, PaymentMethod.CUSTOMER_CREDIT, "60.50");
    assertEquals(eur("48.40"), as(code, () -> payments.creditAccount(customer).balance()));

    Order unpaid =
        as(
            code,
            () -> payments.markUnpaid(next.getId(), "wrong customer", withCredit.getVersion()));
    assertEquals(PaymentStatus.UNPAID, unpaid.getPaymentStatus());
    Payments.CreditAccount account = as(code, () -> payments.creditAccount(customer));
    assertEquals(eur("108.90"), account.balance(), "the credit is back");
    var back = account.entries().get(0);
    assertEquals(eur("60.50"), back.getAmount(), "a ledger entry gives it back");
    assertEquals(next.getId(), back.getOrderId());
    assertNull(back.getCreditNoteId());
    assertEquals("order " + next.getNumber() + " marked not paid", back.getNote());
    assertEquals(3, account.entries().size(), "credit note, spend, give-back");

    assertEquals(
        "payment.nothingToReverse",
        fails(
                BusinessException.class,
                () ->
                    as(code, () -> payments.markUnpaid(next.getId(), "again", unpaid.getVersion())))
            .messageKey());
    assertEquals(
        eur("108.90"),
        as(code, () -> payments.creditAccount(customer).balance()),
        "given back once only");

    // paid again, partly with credit: Not paid gives back the credit part only, and only once more
    Order part = pay(code, unpaid, PaymentMethod.CUSTOMER_CREDIT, "20.00");
    Order full = pay(code, part, PaymentMethod.BANK_TRANSFER, "40.50");
    assertEquals(PaymentStatus.PAID, full.getPaymentStatus());
    assertEquals(eur("88.90"), as(code, () -> payments.creditAccount(customer).balance()));
    as(code, () -> payments.markUnpaid(next.getId(), "bank bounced it", full.getVersion()));
    assertEquals(eur("108.90"), as(code, () -> payments.creditAccount(customer).balance()));
    assertEquals(
        List.of(eur("60.50"), eur("-60.50"), eur("20.00"), eur("40.50"), eur("-60.50")),
        as(code, () -> payments.of(next.getId())).stream().map(Payment::getAmount).toList());
  }

  @Test
  void notPaidKeepsTheBooksWholeOrIsRefused() {
    String code = Codes.newTenant(console);
    // an invoice marked Paid follows the reversal
    Order o = order(code, "100.00");
    Order paid = pay(code, o, PaymentMethod.BANK_TRANSFER, "121.00");
    Invoice inv = as(code, () -> invoicing.ofOrder(o.getId())).get(0);
    assertTrue(inv.isPaid());
    as(code, () -> payments.markUnpaid(o.getId(), "transfer bounced", paid.getVersion()));
    assertFalse(
        as(code, () -> invoicing.ofOrder(o.getId())).get(0).isPaid(), "the invoice follows");

    // a credit note rests on the payments: refused, nothing changes
    Order b = order(code, "100.00");
    Order bPaid = pay(code, b, PaymentMethod.BANK_TRANSFER, "121.00");
    Invoice bInv = as(code, () -> invoicing.ofOrder(b.getId())).get(0);
    Invoice note =
        as(
            code,
            () ->
                invoicing.creditNote(
                    bInv.getId(),
                    List.of(
                        new com.orderpool.invoicing.control.InvoiceFactory.CreditLine(
                            bInv.getLines().get(0).getId(), 1)),
                    false,
                    false));
    Order bNow = as(code, () -> orders.get(b.getId()));
    BusinessException credited =
        fails(
            BusinessException.class,
            () -> as(code, () -> payments.markUnpaid(b.getId(), "oops", bNow.getVersion())));
    assertEquals("payment.unpaid.credited", credited.messageKey());
    assertEquals(note.getNumber(), credited.args()[1]);
    Order bAfter = as(code, () -> orders.get(b.getId()));
    assertEquals(eur("121.00"), bAfter.getAmountPaid(), "the payments stay");
    assertEquals(1, as(code, () -> payments.of(b.getId())).size(), "no reversal was written");
    assertTrue(as(code, () -> invoicing.ofOrder(b.getId())).get(0).isPaid());

    // a cancelled order: the cancellation settled its payments
    Order c = order(code, "100.00");
    Order cPaid = pay(code, c, PaymentMethod.BANK_TRANSFER, "121.00");
    Order cancelled =
        as(code, () -> workflow.cancel(c.getId(), "changed mind", null, cPaid.getVersion()));
    BusinessException settled =
        fails(
            BusinessException.class,
            () -> as(code, () -> payments.markUnpaid(c.getId(), "oops", cancelled.getVersion())));
    assertEquals("payment.unpaid.cancelled", settled.messageKey());
    assertEquals(eur("121.00"), as(code, () -> orders.get(c.getId())).getAmountPaid());
    assertEquals(bPaid.getTotal(), paid.getTotal());
  }

  @Test
  void aCancellationNeverCreditsMoreThanIsLeftOnTheInvoice() {
    String code = Codes.newTenant(console);
    Order o = order(code, "100.00");
    Order paid = pay(code, o, PaymentMethod.BANK_TRANSFER, "121.00");
    Invoice inv = as(code, () -> invoicing.ofOrder(o.getId())).get(0);
    Invoice lineNote =
        as(
            code,
            () ->
                invoicing.creditNote(
                    inv.getId(),
                    List.of(
                        new com.orderpool.invoicing.control.InvoiceFactory.CreditLine(
                            inv.getLines().get(0).getId(), 1)),
                    false,
                    false));
    assertEquals(eur("121.00"), lineNote.getTotal(), "the whole invoice is credited");
    Order current = as(code, () -> orders.get(o.getId()));
    BusinessException refused =
        fails(
            BusinessException.class,
            () ->
                as(
                    code,
                    () ->
                        workflow.cancel(
                            o.getId(), "changed mind", BigDecimal.ZERO, current.getVersion())));
    assertEquals("creditNote.exceedsInvoice", refused.messageKey());
    assertEquals(Phase.IN_PRODUCTION, as(code, () -> orders.get(o.getId())).getPhase());
    assertEquals(2, as(code, () -> invoicing.ofOrder(o.getId())).size(), "no second credit note");
    assertEquals(paid.getNumber(), current.getNumber());
  }

  @Test
  void anotherTenantCanNeitherSeeNorPayTheOrder() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Order o = order(a, "20.00");
    fails(NotFoundException.class, () -> as(b, () -> payments.payPage(o.getId())));
    fails(NotFoundException.class, () -> pay(b, o, PaymentMethod.CASH, "1.00"));
    fails(
        NotFoundException.class,
        () -> as(b, () -> payments.markPaid(o.getId(), "x", o.getVersion())));
    fails(NotFoundException.class, () -> as(b, () -> invoicing.issue(o.getId())));
    Order still = as(a, () -> orders.get(o.getId()));
    assertEquals(PaymentStatus.UNPAID, still.getPaymentStatus());
    assertTrue(as(a, () -> payments.of(o.getId())).isEmpty());
  }
}
