package com.orderpool.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.collaboration.boundary.TicketService;
import com.orderpool.core.PageRequest;
import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.demo.boundary.DemoImports;
import com.orderpool.demo.boundary.DemoPool;
import com.orderpool.demo.boundary.DemoSeeding;
import com.orderpool.demo.boundary.DemoWorkbench;
import com.orderpool.imports.boundary.Imports;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.reports.control.SubscriptionStore;
import com.orderpool.reports.entity.Frequency;
import com.orderpool.reports.entity.ReportSubscription;
import com.orderpool.returns.boundary.Returns;
import com.orderpool.returns.control.ReturnRecords;
import com.orderpool.returns.entity.OrderReturn;
import com.orderpool.returns.entity.ReturnStatus;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo data a new demo tenant gets: real orders in every state, made through the services. */
class DemoDataIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject TenantRunner runner;
  @Inject DemoPool pool;
  @Inject DemoWorkbench workbench;
  @Inject OrderService orders;
  @Inject Invoicing invoicing;
  @Inject TicketService tickets;
  @Inject SubscriptionStore subscriptions;
  @Inject Transactions tx;
  @Inject DemoSeeding seeding;
  @Inject Returns returns;
  @Inject CustomerService customers;
  @Inject DemoImports demoImports;
  @Inject Imports imports;

  @Test
  void aDemoTenantGetsOrdersInEveryStateOverTheLastNinetyDays() {
    String code = Codes.newTenant(console);
    int count = 60;
    runner.run(code, pool::retailers);
    for (int i = 0; i < count; i++) {
      int index = i;
      runner.run(code, () -> pool.story(index, count));
    }
    runner.run(code, workbench::extras);

    List<Order> all =
        runner.call(code, () -> orders.list(PoolFilter.all(), PageRequest.of(0, 100)));
    assertEquals(
        count + 5,
        all.size(),
        "the stories, the orders of the two groups and the order whose payment failed");
    assertEquals(
        count / 3,
        all.stream().filter(o -> o.getRetailerId() != null).count(),
        "a third of the stories come from the two demo retailers");
    assertTrue(
        all.stream()
            .filter(o -> o.getPhase() == Phase.SHIPPED || o.getPhase() == Phase.COMPLETED)
            .allMatch(o -> o.getTracking().getNumber() != null && o.getTracking().getUrl() != null),
        "every shipped order has a tracking number and link");
    assertEquals(
        2,
        all.stream()
            .filter(
                o ->
                    "lucia.ferrer@example.com".equals(o.getCustomerEmail())
                        && o.getPhase() == Phase.COMPLETED
                        && "PK448812301ES".equals(o.getTracking().getNumber()))
            .count(),
        "the group shipped as one and delivered");
    Set<Phase> phases = all.stream().map(Order::getPhase).collect(Collectors.toSet());
    assertTrue(
        phases.containsAll(
            EnumSet.of(
                Phase.PENDING_PAYMENT,
                Phase.IN_PRODUCTION,
                Phase.ON_HOLD,
                Phase.SHIPPED,
                Phase.COMPLETED,
                Phase.CANCELLED)),
        "phases: " + phases);
    Set<PaymentStatus> paid = all.stream().map(Order::getPaymentStatus).collect(Collectors.toSet());
    assertTrue(
        paid.containsAll(
            EnumSet.of(PaymentStatus.UNPAID, PaymentStatus.PARTIALLY_PAID, PaymentStatus.PAID)),
        "payment states: " + paid);
    assertTrue(
        all.stream()
            .allMatch(
                o ->
                    o.getPhase() == Phase.PENDING_PAYMENT
                        || o.getPhase() == Phase.CANCELLED
                        || o.getPhase() == Phase.FAILED
                        || o.isFullyPaid()
                        || o.getPhase() == Phase.ON_HOLD),
        "nothing went to production unpaid");
    Order failed = all.stream().filter(o -> o.getPhase() == Phase.FAILED).findFirst().orElseThrow();
    assertEquals("marc.soler@example.com", failed.getCustomerEmail());
    assertEquals(PaymentStatus.UNPAID, failed.getPaymentStatus());
    assertEquals("failed", failed.getStatus().getCode());
    assertTrue(
        runner.call(code, () -> orders.history(failed.getId())).stream()
            .anyMatch(
                h ->
                    "paymentFailed".equals(h.getField())
                        && "Card declined: insufficient funds".equals(h.getReason())),
        "the provider's reason is in the history");
    Order delivered =
        all.stream()
            .filter(o -> "lucia.ferrer@example.com".equals(o.getCustomerEmail()))
            .findFirst()
            .orElseThrow();
    assertTrue(
        runner.call(code, () -> customers.get(delivered.getCustomerId())).isTrusted(),
        "the delivered group's customer is trusted");

    Instant oldest = all.stream().map(Order::getCreatedAt).min(Instant::compareTo).orElseThrow();
    assertTrue(
        Duration.between(oldest, Instant.now()).toDays() >= 80, "spread over 90 days: " + oldest);
    Order first = all.stream().filter(o -> o.getSeq() == 10001).findFirst().orElseThrow();
    assertTrue(first.getCreatedAt().isBefore(Instant.now().minus(Duration.ofDays(80))));

    long invoices =
        all.stream()
            .flatMap(o -> runner.call(code, () -> invoicing.ofOrder(o.getId())).stream())
            .filter(inv -> inv.getKind() == DocKind.INVOICE)
            .count();
    long notes =
        all.stream()
            .flatMap(o -> runner.call(code, () -> invoicing.ofOrder(o.getId())).stream())
            .filter(inv -> inv.getKind() == DocKind.CREDIT_NOTE)
            .count();
    assertTrue(invoices >= 20, invoices + " invoices");
    assertTrue(notes >= 1, notes + " credit notes");
    assertEquals(2, runner.call(code, () -> tickets.count()), "two customer tickets");
    assertTrue(
        all.stream().filter(o -> o.getGroupId() != null).count() == 4,
        "two groups of two orders (one waiting for payment, one delivered)");
    List<ReportSubscription> scheduled =
        runner.call(code, () -> tx.committing(() -> subscriptions.of(Codes.email(code, "admin"))));
    assertEquals(1, scheduled.size(), "the admin's monthly invoice register");
    assertEquals("invoices", scheduled.get(0).getReport());
    assertEquals(Frequency.MONTHLY, scheduled.get(0).getFrequency());

    seeding.returns(code);
    List<OrderReturn> made =
        runner.call(
            code, () -> returns.search(new ReturnRecords.Filter(null, null, null, null), 100));
    assertEquals(
        EnumSet.allOf(ReturnStatus.class),
        made.stream().map(OrderReturn::getStatus).collect(Collectors.toSet()),
        "a return in each state");
    assertTrue(
        made.stream().anyMatch(r -> r.getCreditNotes() != null), "a received refund's credit note");
    assertTrue(
        made.stream().anyMatch(r -> r.getReplacementNumber() != null), "a replacement order");

    // a partner's tracking file: the orders in production it names ship, the unknown one is an
    // error
    List<String> ready =
        runner.call(
            code,
            () ->
                orders.list(PoolFilter.all(), PageRequest.of(0, 100)).stream()
                    .filter(o -> o.getPhase() == Phase.IN_PRODUCTION)
                    .filter(o -> o.getTracking().getMethodId() != null)
                    .map(Order::getNumber)
                    .limit(2)
                    .toList());
    assertEquals(2, ready.size(), "orders in production with a chosen method: " + ready);
    long jobId = runner.call(code, demoImports::sendTracking);
    ImportJob job = runner.call(code, () -> imports.job(jobId));
    for (int i = 0; i < 300 && !job.getStatus().isFinished(); i++) {
      sleep(Duration.ofMillis(200));
      job = runner.call(code, () -> imports.job(jobId));
    }
    assertEquals(ImportJob.Status.DONE, job.getStatus());
    assertEquals(ready.size(), job.getCreatedCount(), "each order in production named ships");
    assertEquals(1, job.getErrorCount(), "the order that does not exist is an error");
    for (String number : ready) {
      assertEquals(
          Phase.SHIPPED, runner.call(code, () -> orders.getByNumber(number)).getPhase(), number);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
