package com.orderpool.invoicing;

import static com.orderpool.support.Failures.unwrap;
import static com.orderpool.support.TestMoney.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.control.InvoiceFactory.CreditLine;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.InvoiceLine;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.OrderEditing;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.reports.PdfText;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestMoney;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSettings;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Gap-free invoice numbers under concurrency with rollbacks, invoices that never change after
 * issue, credit notes per line and quantity, and that no tenant reaches another's invoices.
 */
class InvoicingIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderEditing editing;
  @Inject Invoicing invoicing;
  @Inject TenantSettings settings;
  @Inject Transactions tx;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private String manualTenant() {
    String code = Codes.newTenant(console);
    as(
        code,
        () -> {
          tx.run(() -> settings.put("invoice.mode", "MANUAL"));
          return null;
        });
    return code;
  }

  private Order order(String code, String net) {
    return as(code, () -> orders.create(TestMoney.priced(Codes.email(code, "ann"), net)));
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  @Test
  void sixteenThreadsWithTenPercentRollbacksLeaveNumbersOneToNWithoutGaps() throws Exception {
    String code = manualTenant();
    int threads = 16;
    int perThread = 10;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < threads * perThread; i++) {
      ids.add(order(code, "10.00").getId());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> jobs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<Long> mine = ids.subList(t * perThread, (t + 1) * perThread);
        int thread = t;
        jobs.add(
            () -> {
              int rolledBack = 0;
              for (int i = 0; i < mine.size(); i++) {
                long orderId = mine.get(i);
                // every tenth transaction (spread over the threads) dies after drawing its number
                if ((thread * perThread + i) % 10 == 3) {
                  as(code, () -> tx.rollingBack(() -> invoicing.issue(orderId)));
                  rolledBack++;
                } else {
                  as(code, () -> tx.committing(() -> invoicing.issue(orderId)));
                }
              }
              return rolledBack;
            });
      }
      int rolledBack = 0;
      for (Future<Integer> f : pool.invokeAll(jobs)) {
        rolledBack += f.get();
      }
      assertEquals(16, rolledBack, "10 % of 160");
      List<Long> seqs = new ArrayList<>();
      int invoiced = 0;
      for (long id : ids) {
        List<Invoice> docs = as(code, () -> invoicing.ofOrder(id));
        Order o = as(code, () -> orders.get(id));
        if (docs.isEmpty()) {
          assertNull(o.getInvoiceNumber(), "a rolled-back invoice leaves no trace on its order");
          continue;
        }
        invoiced++;
        assertEquals(1, docs.size());
        assertEquals(docs.get(0).getNumber(), o.getInvoiceNumber());
        seqs.add(docs.get(0).getSeq());
      }
      assertEquals(144, invoiced);
      Collections.sort(seqs);
      assertEquals(
          LongStream.rangeClosed(1, 144).boxed().collect(Collectors.toList()),
          seqs,
          "1..n, no gap and no duplicate");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anIssuedInvoiceKeepsItsAmountsLinesAndAddressesWhenTheOrderChanges() {
    String code = manualTenant();
    Order o = order(code, "80.00");
    Invoice inv = as(code, () -> invoicing.issue(o.getId()));
    assertEquals("INV-" + LocalDate.now().getYear() + "-000001", inv.getNumber());
    assertEquals(eur("96.80"), inv.getTotal());
    assertEquals(
        "invoice.already",
        fails(BusinessException.class, () -> as(code, () -> invoicing.issue(o.getId())))
            .messageKey());

    Order current = as(code, () -> orders.get(o.getId()));
    LineInput bigger = new LineInput("DRB-42", "Derby shoe, size 42", 1, new BigDecimal("999.00"));
    bigger.setLineId(current.getLines().get(0).getId());
    as(
        code,
        () ->
            editing.editLines(
                o.getId(),
                current.getVersion(),
                List.of(bigger),
                1,
                BigDecimal.ZERO,
                BigDecimal.ZERO));
    Order edited = as(code, () -> orders.get(o.getId()));
    Address moved = new Address("Ann Ávila", "Gran Via 1", "28013", "Madrid", "ES");
    as(code, () -> editing.editAddresses(o.getId(), edited.getVersion(), moved, moved, "moved"));

    Invoice again = as(code, () -> invoicing.get(inv.getId()));
    assertEquals(eur("96.80"), again.getTotal(), "amounts were copied on issue");
    assertEquals(eur("80.00"), again.getLines().get(0).getUnitPrice());
    assertEquals("Barcelona", again.getBilling().getCity(), "the address was copied on issue");

    Invoice annotated =
        as(code, () -> invoicing.annotate(inv.getId(), "2–3 weeks", "Thanks!", again.getVersion()));
    assertEquals("2–3 weeks", annotated.getDeliveryTime());
    Invoice paid = as(code, () -> invoicing.setPaid(inv.getId(), true, annotated.getVersion()));
    assertTrue(paid.isPaid());
    Invoice stored = as(code, () -> invoicing.get(inv.getId()));
    assertEquals("Thanks!", stored.getCustomText());
    assertTrue(stored.isPaid());
    assertEquals(eur("96.80"), stored.getTotal());
  }

  @Test
  void creditNotesPerLineAndQuantityNeverCreditMoreThanWasInvoiced() {
    String code = manualTenant();
    Order o =
        as(
            code,
            () -> {
              var cmd = TestMoney.priced(Codes.email(code, "bo"), "30.00");
              cmd.setLines(
                  List.of(
                      new LineInput("LACE", "Laces", 4, new BigDecimal("2.50")),
                      new LineInput("BOX", "Gift box", 1, new BigDecimal("5.00"))));
              cmd.setShippingCost(new BigDecimal("8.00"));
              return orders.create(cmd);
            });
    Invoice inv = as(code, () -> invoicing.issue(o.getId()));
    assertEquals(eur("27.83"), inv.getTotal(), "(10 + 5 + 8) × 1.21");
    InvoiceLine laces = inv.getLines().get(0);

    Invoice first =
        as(
            code,
            () ->
                invoicing.creditNote(
                    inv.getId(), List.of(new CreditLine(laces.getId(), 3)), true, false));
    assertEquals("CN-" + LocalDate.now().getYear() + "-000001", first.getNumber());
    assertEquals(eur("7.50"), first.getSubtotal());
    assertEquals(eur("8.00"), first.getShippingCost());
    assertEquals(eur("18.76"), first.getTotal(), "(7.50 + 8.00) × 1.21");
    assertEquals(
        "creditNote.tooMany",
        fails(
                BusinessException.class,
                () ->
                    as(
                        code,
                        () ->
                            invoicing.creditNote(
                                inv.getId(),
                                List.of(new CreditLine(laces.getId(), 2)),
                                false,
                                false)))
            .messageKey());
    assertEquals(
        "creditNote.shippingAlready",
        fails(
                BusinessException.class,
                () ->
                    as(
                        code,
                        () ->
                            invoicing.creditNote(
                                inv.getId(),
                                List.of(new CreditLine(laces.getId(), 1)),
                                true,
                                false)))
            .messageKey());
    Invoice second =
        as(
            code,
            () ->
                invoicing.creditNote(
                    inv.getId(), List.of(new CreditLine(laces.getId(), 1)), false, false));
    assertEquals("CN-" + LocalDate.now().getYear() + "-000002", second.getNumber());
    List<Invoice> docs = as(code, () -> invoicing.ofOrder(o.getId()));
    assertEquals(3, docs.size());
    assertFalse(docs.get(0).isCreditNote());
    assertEquals(
        "creditNote.refundExceedsPaid",
        fails(
                BusinessException.class,
                () ->
                    as(
                        code,
                        () ->
                            invoicing.settle(
                                second.getId(),
                                com.orderpool.invoicing.entity.Settlement.REFUNDED,
                                null)))
            .messageKey(),
        "nothing was paid, so nothing can go back");
  }

  @Test
  void twoConcurrentCreditNotesOnTheSameLineNeverCreditMoreThanWasInvoiced() throws Exception {
    String code = manualTenant();
    Order o =
        as(
            code,
            () -> {
              var cmd = TestMoney.priced(Codes.email(code, "cy"), "10.00");
              cmd.setLines(List.of(new LineInput("LACE", "Laces", 4, new BigDecimal("2.50"))));
              return orders.create(cmd);
            });
    Invoice inv = as(code, () -> invoicing.issue(o.getId()));
    long line = inv.getLines().get(0).getId();
    CountDownLatch firstIssued = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // the first keeps its transaction open a while after issuing; the second starts meanwhile
      Future<Invoice> first =
          pool.submit(
              () ->
                  as(
                      code,
                      () ->
                          tx.committing(
                              () -> {
                                Invoice n =
                                    invoicing.creditNote(
                                        inv.getId(),
                                        List.of(new CreditLine(line, 3)),
                                        false,
                                        false);
                                firstIssued.countDown();
                                pause(2000);
                                return n;
                              })));
      assertTrue(firstIssued.await(2, TimeUnit.MINUTES));
      Future<Invoice> second =
          pool.submit(
              () ->
                  as(
                      code,
                      () ->
                          invoicing.creditNote(
                              inv.getId(), List.of(new CreditLine(line, 3)), false, false)));
      Invoice issued = first.get(2, TimeUnit.MINUTES);
      ExecutionException lost =
          assertThrows(ExecutionException.class, () -> second.get(2, TimeUnit.MINUTES));
      BusinessException refused =
          assertInstanceOf(BusinessException.class, unwrap(lost.getCause()));
      assertEquals("creditNote.tooMany", refused.messageKey());
      assertEquals(1, refused.args()[1], "the second saw the first: 1 piece left");

      List<Invoice> notes =
          as(code, () -> invoicing.ofOrder(o.getId())).stream()
              .filter(Invoice::isCreditNote)
              .toList();
      assertEquals(List.of(issued.getNumber()), notes.stream().map(Invoice::getNumber).toList());
      assertEquals(eur("9.08"), issued.getTotal(), "3 × 2.50 × 1.21");
      assertTrue(issued.getTotal().compareTo(inv.getTotal()) <= 0);
      assertEquals(1, as(code, () -> invoicing.creditable(inv.getId())).get(0).remaining());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(Invoicing.Pdf pdf) {
    return PdfText.text(pdf.content());
  }

  @Test
  void theInvoicePdfShowsNumberTotalsAndTheCustomersLanguage() {
    String code = manualTenant();
    Order o =
        as(
            code,
            () -> {
              var cmd = TestMoney.priced(Codes.email(code, "lola"), "1000.00");
              cmd.setCustomerLanguage("es");
              cmd.setShippingCost(new BigDecimal("25.00"));
              return orders.create(cmd);
            });
    Invoice inv = as(code, () -> invoicing.issue(o.getId()));
    assertEquals("es", inv.getLanguage());
    assertEquals(eur("1240.25"), inv.getTotal(), "(1000 + 25) × 1.21");

    Invoicing.Pdf es = as(code, () -> invoicing.pdf(inv.getId(), null));
    assertEquals(inv.getNumber() + ".pdf", es.fileName());
    String spanish = text(es);
    assertTrue(spanish.contains("FACTURA"), spanish);
    assertTrue(spanish.contains(inv.getNumber()), spanish);
    assertTrue(spanish.contains(o.getNumber()), spanish);
    assertTrue(spanish.contains("1.240,25"), "Spanish number format: " + spanish);
    assertTrue(spanish.contains("Derby shoe, size 42"), spanish);

    String english = text(as(code, () -> invoicing.pdf(inv.getId(), "en")));
    assertTrue(english.contains("INVOICE"), english);
    assertTrue(english.contains("1,240.25"), english);
    assertTrue(english.contains("215.25"), "VAT on 1,025.00: " + english);

    Invoice note =
        as(
            code,
            () ->
                invoicing.creditNote(
                    inv.getId(),
                    List.of(new CreditLine(inv.getLines().get(0).getId(), 1)),
                    false,
                    false));
    Invoicing.Pdf all = as(code, () -> invoicing.printAll(o.getId(), "en"));
    String both = text(all);
    assertTrue(both.contains(inv.getNumber()) && both.contains(note.getNumber()), both);
    assertTrue(both.contains("CREDIT NOTE"), both);
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(all.content())) {
      assertEquals(2, doc.getNumberOfPages(), "one page per document");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theDetailsDialogSavesTextsAndPaidMarkInOneTransaction() {
    String code = manualTenant();
    Order o = order(code, "10.00");
    Invoice inv = as(code, () -> invoicing.issue(o.getId()));

    Invoice saved =
        as(
            code,
            () ->
                invoicing.saveDetails(inv.getId(), true, " 2 weeks ", "Thanks!", inv.getVersion()));
    assertTrue(saved.isPaid());
    Invoice stored = as(code, () -> invoicing.get(inv.getId()));
    assertTrue(stored.isPaid());
    assertEquals("2 weeks", stored.getDeliveryTime());
    assertEquals("Thanks!", stored.getCustomText());
    assertTrue(
        as(code, () -> orders.history(o.getId())).stream()
            .anyMatch(h -> "invoicePaid".equals(h.getField()) && "true".equals(h.getNewValue())),
        "the paid mark is in the history");

    // a stale version changes nothing: neither the texts nor the mark
    fails(
        com.orderpool.core.ConflictException.class,
        () ->
            as(
                code,
                () -> invoicing.saveDetails(inv.getId(), false, "later", null, inv.getVersion())));
    Invoice unchanged = as(code, () -> invoicing.get(inv.getId()));
    assertTrue(unchanged.isPaid());
    assertEquals("2 weeks", unchanged.getDeliveryTime());
  }

  @Test
  void anotherTenantCannotReachTheInvoices() {
    String a = manualTenant();
    String b = manualTenant();
    Order o = order(a, "10.00");
    Invoice inv = as(a, () -> invoicing.issue(o.getId()));
    fails(NotFoundException.class, () -> as(b, () -> invoicing.get(inv.getId())));
    fails(NotFoundException.class, () -> as(b, () -> invoicing.pdf(inv.getId(), null)));
    fails(NotFoundException.class, () -> as(b, () -> invoicing.printAll(o.getId(), null)));
    fails(NotFoundException.class, () -> as(b, () -> invoicing.resend(inv.getId(), null)));
    fails(NotFoundException.class, () -> as(b, () -> invoicing.ofOrder(o.getId())));
    fails(NotFoundException.class, () -> as(b, () -> invoicing.setPaid(inv.getId(), true, 0)));
    fails(
        NotFoundException.class,
        () -> as(b, () -> invoicing.saveDetails(inv.getId(), true, "x", "y", 0)));
    fails(
        NotFoundException.class,
        () -> as(b, () -> invoicing.creditNote(inv.getId(), List.of(), true, false)));
    Order other = order(b, "10.00");
    Invoice theirs = as(b, () -> invoicing.issue(other.getId()));
    assertEquals(inv.getNumber(), theirs.getNumber(), "each tenant has its own series");
    assertFalse(as(a, () -> invoicing.get(inv.getId())).isPaid(), "unchanged");
  }
}
