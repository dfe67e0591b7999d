package com.orderpool.orders;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ForbiddenException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.NoTenantException;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Order numbering, tenant isolation and concurrency against the real database. */
class OrdersIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject TenantRunner runner;

  private String tenant() {
    return Codes.newTenant(console);
  }

  private Order create(String code, String customer) {
    return runner.call(
        code,
        () ->
            orders.create(
                TestOrders.of(OrderType.MTO, "Model X", 1, customer, customer + "@x.test")));
  }

  @Test
  void newOrderIsPendingPaymentUnpaidWithFirstNumber() {
    String code = tenant();
    Order o =
        runner.call(
            code,
            () -> orders.create(TestOrders.of(OrderType.MTO, "Derby", 1, "Eve", "EVE@X.test")));
    assertEquals("10001-" + code, o.getNumber());
    assertEquals(1, o.getQuantity());
    assertEquals(Phase.PENDING_PAYMENT, o.getPhase());
    assertEquals(PaymentStatus.UNPAID, o.getPaymentStatus());
    assertEquals("eve@x.test", o.getCustomerEmail());
    assertEquals(
        1, runner.call(code, () -> orders.history(o.getId())).size(), "creation is in history");
    Order bulk =
        runner.call(
            code,
            () -> orders.create(TestOrders.of(OrderType.BULK, "Derby", 20, "Eve", "eve@x.test")));
    assertEquals("10002-" + code, bulk.getNumber());
    assertEquals(20, bulk.getQuantity());
  }

  @Test
  void bulkBelowTwoIsRejectedAndUsesNoNumber() {
    String code = tenant();
    Throwable t =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        code,
                        () ->
                            orders.create(
                                TestOrders.of(OrderType.BULK, "Derby", 1, "Eve", "e@x.test")))));
    assertEquals("quantity", assertInstanceOf(BusinessException.class, t).field());
    assertEquals(0, runner.call(code, () -> orders.total()));
    assertEquals("10001-" + code, create(code, "ok").getNumber(), "no gap after a rejected order");
  }

  /** What a refused order says: the message key of its business error or its first violation. */
  private String refusal(String code, NewOrder cmd) {
    Throwable t =
        unwrap(assertThrows(Exception.class, () -> runner.call(code, () -> orders.create(cmd))));
    if (t instanceof jakarta.validation.ConstraintViolationException v) {
      return v.getConstraintViolations().iterator().next().getMessageTemplate();
    }
    return assertInstanceOf(BusinessException.class, t).messageKey();
  }

  @Test
  void moneyAndLinesAreCheckedAndARefusedOrderLeavesNothing() {
    String code = tenant();
    NewOrder negativePrice = TestOrders.of(OrderType.MTO, "Derby", 1, "Eve", "e@x.test");
    negativePrice.getLines().get(0).setUnitPrice(new BigDecimal("-50.00"));
    assertEquals("{line.unitPrice.min}", refusal(code, negativePrice));

    NewOrder negativeShipping = TestOrders.of(OrderType.MTO, "Derby", 1, "Eve", "e@x.test");
    negativeShipping.setShippingCost(new BigDecimal("-10.00"));
    assertEquals("{cost.min}", refusal(code, negativeShipping));

    NewOrder unpriced = TestOrders.of(OrderType.MTO, "Derby", 1, "Eve", "e@x.test");
    unpriced.getLines().get(0).setUnitPrice(BigDecimal.ZERO);
    assertEquals("line.unitPrice.zero", refusal(code, unpriced));
    unpriced.getLines().get(0).setFree(true);
    assertEquals("order.total.zero", refusal(code, unpriced), "free, and nothing else to pay");

    NewOrder undescribed = TestOrders.of(OrderType.MTO, "Derby", 1, "Eve", "e@x.test");
    undescribed.getLines().get(0).setDescription(" ");
    assertEquals("line.description.required", refusal(code, undescribed));

    NewOrder mismatch = TestOrders.of(OrderType.BULK, "Derby", 20, "Eve", "e@x.test");
    mismatch.getLines().get(0).setQuantity(1);
    assertEquals("order.quantity.linesSum", refusal(code, mismatch));

    assertEquals(0, runner.call(code, () -> orders.total()), "nothing was placed");

    NewOrder withGift = TestOrders.of(OrderType.BULK, "Derby", 20, "Eve", "e@x.test");
    withGift.getLines().get(0).setQuantity(18);
    LineInput gift = new LineInput(null, "Shoe trees", 2, BigDecimal.ZERO);
    gift.setFree(true);
    withGift.getLines().add(gift);
    Order placed = runner.call(code, () -> orders.create(withGift));
    assertEquals("10001-" + code, placed.getNumber(), "no number went to a refused order");
    assertEquals(20, placed.getQuantity());
    assertEquals(new BigDecimal("900.00"), placed.getManufacturingCost(), "18 x 50.00, 2 free");
    assertEquals(BigDecimal.ZERO.setScale(2), placed.getLines().get(1).getUnitPrice().setScale(2));
  }

  @Test
  void tenantCannotSeeOrFetchAnotherTenantsOrders() {
    String a = tenant();
    String b = tenant();
    Order mine = create(a, "alice");
    create(b, "bob1");
    create(b, "bob2");
    Order theirs = create(b, "bob3");
    assertTrue(theirs.getId() > mine.getId(), "B's id does not exist in A");

    List<Order> seenByA =
        runner.call(a, () -> orders.list(PoolFilter.all(), PageRequest.of(0, 100)));
    assertEquals(List.of(mine.getNumber()), seenByA.stream().map(Order::getNumber).toList());
    assertEquals(0, runner.call(a, () -> orders.count(PoolFilter.all().withSearch("bob"))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(Exception.class, () -> runner.call(a, () -> orders.get(theirs.getId())))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () -> runner.call(a, () -> orders.getByNumber(theirs.getNumber())))));
    assertEquals(
        theirs.getNumber(),
        runner.call(b, () -> orders.getByNumber(theirs.getNumber())).getNumber());
  }

  @Test
  void poolFiltersCombine() {
    String code = tenant();
    runner.call(
        code,
        () -> orders.create(TestOrders.of(OrderType.MTO, "Chelsea", 1, "Zoe Zed", "zoe@x.test")));
    runner.call(
        code,
        () -> orders.create(TestOrders.of(OrderType.BULK, "Chelsea", 12, "Yan Yu", "yan@x.test")));
    runner.call(
        code,
        () -> orders.create(TestOrders.of(OrderType.BULK, "Derby", 30, "Zoe Zed", "zoe@x.test")));

    PoolFilter chelsea = new PoolFilter();
    chelsea.setModel("Chelsea");
    assertEquals(2, runner.call(code, () -> orders.count(chelsea)));
    PoolFilter chelseaBulk = chelsea.copy();
    chelseaBulk.setTypes(List.of(OrderType.BULK));
    assertEquals(
        List.of("Yan Yu"),
        runner.call(code, () -> orders.list(chelseaBulk, PageRequest.of(0, 10))).stream()
            .map(Order::getCustomerName)
            .toList());
    assertEquals(
        2,
        runner.call(code, () -> orders.count(new PoolFilter().withSearch("zoe"))),
        "prefix, any case");
    assertEquals(
        1,
        runner.call(
            code, () -> orders.count(new PoolFilter().withSearch("10002-" + code.toLowerCase()))));
    assertEquals(
        1,
        runner.call(code, () -> orders.count(new PoolFilter().withSearch("10003"))),
        "by sequence");
    PoolFilter today = new PoolFilter();
    today.setCreatedFrom(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
    today.setCreatedTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    assertEquals(3, runner.call(code, () -> orders.count(today)));
    PoolFilter inProduction = new PoolFilter();
    inProduction.setPhases(List.of(com.orderpool.orders.entity.Phase.IN_PRODUCTION));
    assertEquals(0, runner.call(code, () -> orders.count(inProduction)));
    PoolFilter wip = new PoolFilter();
    wip.setWipFrom(java.time.LocalDate.of(2020, 1, 1));
    assertEquals(0, runner.call(code, () -> orders.count(wip)), "no order has started production");
  }

  @Test
  void noTenantFailsClosed() {
    assertInstanceOf(
        NoTenantException.class, unwrap(assertThrows(Exception.class, () -> orders.total())));
  }

  @Test
  void aCallerWhoIsNeitherSignedInNorSystemWorkIsRefused() throws Exception {
    String code = tenant();
    ExecutorService plain = Executors.newSingleThreadExecutor();
    try {
      Throwable refused =
          assertThrows(ExecutionException.class, () -> plain.submit(() -> orders.total()).get());
      assertInstanceOf(ForbiddenException.class, unwrap(refused.getCause()));
      assertEquals(
          0L,
          plain.submit(() -> runner.call(code, () -> orders.total())).get(),
          "the same thread as system work of a tenant gets through");
    } finally {
      plain.shutdownNow();
    }
  }

  @Test
  void eightThreadsGetFourHundredDistinctContiguousNumbers() throws Exception {
    String code = tenant();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<Long>>> jobs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        jobs.add(
            () -> {
              List<Long> seqs = new ArrayList<>();
              for (int i = 0; i < 50; i++) {
                seqs.add(create(code, "t" + thread + "o" + i).getSeq());
              }
              return seqs;
            });
      }
      Set<Long> all = new TreeSet<>();
      int total = 0;
      for (Future<List<Long>> f : pool.invokeAll(jobs)) {
        total += f.get().size();
        all.addAll(f.get());
      }
      assertEquals(400, total);
      assertEquals(
          LongStream.range(10001, 10401).boxed().collect(Collectors.toCollection(TreeSet::new)),
          all,
          "distinct and contiguous");
      assertEquals(400, runner.call(code, () -> orders.total()));
      PoolFilter pending = PoolFilter.all();
      pending.setPhases(List.of(com.orderpool.orders.entity.Phase.PENDING_PAYMENT));
      assertTrue(
          runner.call(code, () -> orders.list(pending, PageRequest.of(0, 200))).stream()
              .allMatch(
                  o -> o.getStatus() != null && o.getStatus().getCode().equals("pending_payment")),
          "every concurrently placed order has its status");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void interleavedRequestsOfTwoTenantsNeverMix() throws Exception {
    String a = tenant();
    String b = tenant();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Void>> jobs = new ArrayList<>();
      for (String code : List.of(a, b)) {
        jobs.add(
            () -> {
              for (int i = 0; i < 200; i++) {
                create(code, code.toLowerCase() + i);
              }
              return null;
            });
      }
      for (Future<Void> f : pool.invokeAll(jobs)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (String code : List.of(a, b)) {
      List<Order> all =
          runner.call(code, () -> orders.list(PoolFilter.all(), PageRequest.of(0, 200)));
      assertEquals(200, runner.call(code, () -> orders.total()));
      assertTrue(
          all.stream().allMatch(o -> o.getNumber().endsWith("-" + code)), "only own numbers");
      assertTrue(
          all.stream().allMatch(o -> o.getCustomerName().startsWith(code.toLowerCase())),
          "only own customers");
    }
  }
}
