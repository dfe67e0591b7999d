package com.orderpool.invoicing;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.invoicing.boundary.GroupDirectory;
import com.orderpool.invoicing.boundary.GroupDirectory.GroupRow;
import com.orderpool.invoicing.boundary.GroupInvoicing;
import com.orderpool.invoicing.boundary.GroupView;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.boundary.ShippingRateTable;
import com.orderpool.invoicing.boundary.ShippingRatesForm;
import com.orderpool.invoicing.entity.GroupStatus;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.InvoiceLine;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.NewOrderSetup;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.SetupChoice;
import com.orderpool.orders.boundary.SetupItemForm;
import com.orderpool.orders.boundary.SetupItems;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.SetupItem;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.Payment;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Group invoicing (shipping shares and saving, every refusal, removing and dissolving, paying a
 * group into production with one invoice, all-or-nothing payment), the first-order setup charges,
 * and that another tenant's group is not found. Every test has its own tenants; the rate is 12.00
 * for the first item and 4.00 for each further one, VAT the default 21 %.
 */
class GroupInvoicingIT extends InContainer {
  private static final BigDecimal PRICE = new BigDecimal("100.00");
  private static final BigDecimal ALONE = new BigDecimal("12.00");

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Payments payments;
  @Inject Invoicing invoicing;
  @Inject GroupInvoicing groups;
  @Inject GroupDirectory directory;
  @Inject ShippingRateTable rates;
  @Inject SetupItems setupItems;
  @Inject NewOrderSetup newOrders;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
  }

  /** A tenant with the test's shipping rate: 12.00 first, 4.00 each further item. */
  private String tenant() {
    String code = Codes.newTenant(console);
    as(
        code,
        () -> rates.save(new ShippingRatesForm(new BigDecimal("12.00"), new BigDecimal("4.00"))));
    return code;
  }

  private static NewOrder command(OrderType type, int quantity, String email) {
    NewOrder cmd = TestOrders.of(type, "Derby", quantity, "Ann Ávila", email);
    cmd.setLines(
        new java.util.ArrayList<>(List.of(new LineInput("DRB-1", "Derby shoe", quantity, PRICE))));
    cmd.setShippingCost(ALONE);
    return cmd;
  }

  /** An MTO order of 100.00 with 12.00 shipping alone: 135.52 with VAT. */
  private Order order(String code, String email) {
    return as(code, () -> orders.create(command(OrderType.MTO, 1, email)));
  }

  private Order reload(String code, Order o) {
    return as(code, () -> orders.get(o.getId()));
  }

  private OrderGroup group(String code, Order... members) {
    return as(code, () -> groups.group(List.of(members).stream().map(Order::getId).toList()));
  }

  private String refusal(String code, Order... members) {
    return fails(BusinessException.class, () -> group(code, members)).messageKey();
  }

  @Test
  void groupingSharesTheGroupRateByOrderNumberAndShowsTheSaving() {
    String code = tenant();
    String ann = Codes.email(code, "ann");
    Order o1 = order(code, ann);
    Order o2 = order(code, ann);
    Order o3 = order(code, ann);
    assertMoney("135.52", o1.getTotal());

    OrderGroup g = group(code, o3, o1, o2);
    assertEquals("G-1001-" + code, g.getNumber());
    assertEquals(GroupStatus.OPEN, g.getStatus());
    assertEquals(3, g.getMembers());

    GroupView view = as(code, () -> directory.view(g.getId()));
    assertEquals(
        List.of(o1.getNumber(), o2.getNumber(), o3.getNumber()),
        view.members().stream().map(m -> m.order().getNumber()).toList(),
        "members by order number");
    List<BigDecimal> shipping =
        view.members().stream().map(m -> m.order().getShippingCost()).toList();
    assertMoney("12.00", shipping.get(0));
    assertMoney("4.00", shipping.get(1));
    assertMoney("4.00", shipping.get(2));
    view.members().forEach(m -> assertMoney("12.00", m.membership().getShippingAlone()));
    view.members().forEach(m -> assertEquals(g.getId(), m.order().getGroupId()));
    assertMoney("135.52", view.members().get(0).order().getTotal());
    assertMoney("125.84", view.members().get(1).order().getTotal());
    assertMoney("125.84", view.members().get(2).order().getTotal());

    GroupView.Totals t = view.totals();
    assertMoney("300.00", t.manufacturing());
    assertMoney("20.00", t.shipping());
    assertMoney("67.20", t.vat());
    assertMoney("387.20", t.total());
    assertMoney("36.00", t.shippingAlone());
    assertMoney("16.00", t.getSaving());
    assertMoney("387.20", t.balance());
    assertEquals(PaymentStatus.UNPAID, t.paymentStatus());

    List<OrderHistoryEntry> history = as(code, () -> orders.history(o2.getId()));
    assertTrue(
        history.stream()
            .anyMatch(h -> "group".equals(h.getField()) && g.getNumber().equals(h.getNewValue())),
        "joining the group is in the history");
    assertTrue(
        history.stream()
            .anyMatch(
                h ->
                    "shipping".equals(h.getField())
                        && "12.00".equals(h.getOldValue())
                        && "4.00".equals(h.getNewValue())),
        "the shipping share is in the history");
    Order member = reload(code, o1);
    assertEquals(
        "payment.grouped",
        fails(
                BusinessException.class,
                () ->
                    as(
                        code,
                        () -> payments.markPaid(member.getId(), "paid alone", member.getVersion())))
            .messageKey(),
        "a member is paid with its group only");
    assertEquals(
        g.getNumber(), as(code, () -> directory.ofOrder(o1.getId())).orElseThrow().number());
    assertEquals(
        g.getId(),
        as(code, () -> directory.viewByNumber(g.getNumber().toLowerCase())).group().getId());
  }

  @Test
  void groupingIsRefusedWithAClearReason() {
    String code = tenant();
    String ann = Codes.email(code, "ann");
    Order a = order(code, ann);
    Order b = order(code, ann);

    assertEquals("group.tooFew", refusal(code, a));
    assertEquals("group.tooFew", refusal(code, a, a));

    Order bulk = as(code, () -> orders.create(command(OrderType.BULK, 10, ann)));
    assertEquals("group.notMto", refusal(code, a, bulk));

    Order paid = order(code, ann);
    as(code, () -> payments.markPaid(paid.getId(), "paid at the counter", paid.getVersion()));
    assertEquals("group.paid", refusal(code, a, paid));

    Order partly = order(code, ann);
    as(
        code,
        () ->
            payments.record(
                partly.getId(),
                new PaymentInput(PaymentMethod.CASH, new BigDecimal("10.00"), LocalDate.now()),
                partly.getVersion()));
    assertEquals("group.paid", refusal(code, a, partly));

    Order held = order(code, ann);
    as(code, () -> workflow.hold(held.getId(), "waiting for leather", held.getVersion()));
    assertEquals("group.notPending", refusal(code, a, held));

    Order bob = order(code, Codes.email(code, "bob"));
    assertEquals("group.customers", refusal(code, a, bob));

    Order invoiced = order(code, ann);
    as(code, () -> invoicing.issue(invoiced.getId()));
    assertEquals("group.invoiced", refusal(code, a, invoiced));

    assertEquals(0L, as(code, () -> directory.count(null)), "a refusal leaves no group");
    assertMoney("12.00", reload(code, a).getShippingCost());

    Order c = order(code, ann);
    group(code, a, b);
    assertEquals("group.alreadyGrouped", refusal(code, b, c));
  }

  @Test
  void removingAnOrderRestoresItsShippingAndAGroupOfOneIsDissolved() {
    String code = tenant();
    String ann = Codes.email(code, "ann");
    Order o1 = order(code, ann);
    Order o2 = order(code, ann);
    Order o3 = order(code, ann);
    OrderGroup g = group(code, o1, o2, o3);

    fails(
        ConflictException.class,
        () -> as(code, () -> groups.remove(g.getId(), o1.getId(), g.getVersion() + 1)));
    OrderGroup afterFirst = as(code, () -> groups.remove(g.getId(), o1.getId(), g.getVersion()));
    assertEquals(2, afterFirst.getMembers());
    assertEquals(GroupStatus.OPEN, afterFirst.getStatus());
    Order left = reload(code, o1);
    assertNull(left.getGroupId());
    assertMoney("12.00", left.getShippingCost());
    assertMoney("135.52", left.getTotal());
    assertMoney("12.00", reload(code, o2).getShippingCost()); // the next order pays the first rate
    assertMoney("4.00", reload(code, o3).getShippingCost());
    GroupView view = as(code, () -> directory.view(g.getId()));
    assertEquals(2, view.members().size());
    assertEquals(
        List.of(o1.getNumber()), view.former().stream().map(m -> m.getOrderNumber()).toList());
    assertMoney("8.00", view.totals().getSaving());
    assertTrue(as(code, () -> directory.ofOrder(o1.getId())).isEmpty());

    OrderGroup dissolved =
        as(code, () -> groups.remove(g.getId(), o2.getId(), afterFirst.getVersion()));
    assertEquals(GroupStatus.DISSOLVED, dissolved.getStatus());
    assertEquals(0, dissolved.getMembers());
    assertNotNull(dissolved.getDissolvedAt());
    for (Order o : List.of(o2, o3)) {
      Order now = reload(code, o);
      assertNull(now.getGroupId(), now.getNumber());
      assertMoney("12.00", now.getShippingCost());
      assertMoney("135.52", now.getTotal());
    }
    assertEquals(
        "group.notOpen",
        fails(
                BusinessException.class,
                () -> as(code, () -> groups.dissolve(g.getId(), dissolved.getVersion())))
            .messageKey());

    OrderGroup again = group(code, o2, o3);
    OrderGroup gone = as(code, () -> groups.dissolve(again.getId(), again.getVersion()));
    assertEquals(GroupStatus.DISSOLVED, gone.getStatus());
    assertMoney("12.00", reload(code, o3).getShippingCost());

    OrderGroup open = group(code, o1, o2);
    List<GroupRow> rows = as(code, () -> directory.page(PageRequest.of(0, 10)));
    assertEquals(3, rows.size());
    assertEquals(open.getId(), rows.get(0).group().getId(), "open groups first");
    assertEquals(3L, as(code, () -> directory.count(null)));
    assertEquals(1L, as(code, () -> directory.count(open.getNumber())));
  }

  @Test
  void payingAGroupPaysLaunchesAndInvoicesEveryOrderOnOneInvoice() {
    String code = tenant();
    String ann = Codes.email(code, "ann");
    Order single = order(code, Codes.email(code, "bob"));
    as(code, () -> payments.markPaid(single.getId(), "paid at the counter", single.getVersion()));
    Invoice before = as(code, () -> invoicing.ofOrder(single.getId())).get(0);

    Order o1 = order(code, ann);
    Order o2 = order(code, ann);
    OrderGroup g = group(code, o1, o2);
    GroupView view = as(code, () -> directory.view(g.getId()));
    assertMoney("261.36", view.totals().balance());

    PaymentInput in =
        new PaymentInput(PaymentMethod.BANK_TRANSFER, view.totals().balance(), LocalDate.now());
    in.setReference("TRF-778");
    OrderGroup paid = as(code, () -> groups.pay(g.getId(), in, g.getVersion()));
    assertEquals(GroupStatus.PAID, paid.getStatus());
    assertNotNull(paid.getPaidAt());
    assertEquals("system", paid.getPaidBy());
    assertNotNull(paid.getInvoiceId());

    for (Order o : List.of(o1, o2)) {
      Order now = reload(code, o);
      assertEquals(PaymentStatus.PAID, now.getPaymentStatus(), now.getNumber());
      assertEquals(Phase.IN_PRODUCTION, now.getPhase(), now.getNumber());
      assertNotNull(now.getWipStartAt(), "WIP date of " + now.getNumber());
      assertEquals(paid.getInvoiceId(), now.getInvoiceId());
      assertEquals(paid.getInvoiceNumber(), now.getInvoiceNumber());
      List<Payment> rows = as(code, () -> payments.of(o.getId()));
      assertEquals(1, rows.size());
      assertMoney(now.getTotal().toPlainString(), rows.get(0).getAmount());
      assertEquals(
          List.of(paid.getInvoiceId()),
          as(code, () -> invoicing.ofOrder(o.getId())).stream().map(Invoice::getId).toList(),
          "exactly one invoice");
    }

    Invoice inv = as(code, () -> invoicing.get(paid.getInvoiceId()));
    assertEquals(g.getId(), inv.getGroupId());
    assertNull(inv.getOrderId());
    assertEquals(before.getSeries(), inv.getSeries());
    assertEquals(before.getSeq() + 1, inv.getSeq(), "the next number of the series");
    assertEquals(
        Set.of(o1.getId(), o2.getId()),
        inv.getLines().stream().map(InvoiceLine::getOrderId).collect(Collectors.toSet()));
    assertEquals(2, inv.getLines().size());
    assertMoney("16.00", inv.getShippingCost());
    assertMoney("261.36", inv.getTotal());
    assertTrue(inv.isPaid());

    GroupView after = as(code, () -> directory.view(g.getId()));
    assertEquals(PaymentStatus.PAID, after.totals().paymentStatus());
    assertMoney("0.00", after.totals().balance());
    assertEquals(
        "group.notOpen",
        fails(
                BusinessException.class,
                () -> as(code, () -> groups.pay(g.getId(), in, paid.getVersion())))
            .messageKey());
    assertEquals(
        "group.notOpen",
        fails(
                BusinessException.class,
                () -> as(code, () -> groups.remove(g.getId(), o1.getId(), paid.getVersion())))
            .messageKey());
  }

  @Test
  void aFailureWhilePayingLeavesNothingHalfPaid() {
    String code = tenant();
    String ann = Codes.email(code, "ann");
    Order o1 = order(code, ann);
    Order o2 = order(code, ann);
    Order o3 = order(code, ann);
    OrderGroup g = group(code, o1, o2, o3);
    BigDecimal seen = as(code, () -> directory.view(g.getId())).totals().balance();

    assertEquals(
        "group.pay.amountChanged",
        fails(
                ConflictException.class,
                () ->
                    as(
                        code,
                        () ->
                            groups.pay(
                                g.getId(),
                                new PaymentInput(
                                    PaymentMethod.BANK_TRANSFER,
                                    seen.add(BigDecimal.ONE),
                                    LocalDate.now()),
                                g.getVersion())))
            .messageKey(),
        "the amount paid must be the balance the payer saw");

    // the third member is put on hold meanwhile: the first two must not stay paid
    Order last = reload(code, o3);
    as(code, () -> workflow.hold(last.getId(), "customer asked to wait", last.getVersion()));
    ConflictException changed =
        fails(
            ConflictException.class,
            () ->
                as(
                    code,
                    () ->
                        groups.pay(
                            g.getId(),
                            new PaymentInput(PaymentMethod.BANK_TRANSFER, seen, LocalDate.now()),
                            g.getVersion())));
    assertEquals("group.pay.memberChanged", changed.messageKey());
    assertEquals(o3.getNumber(), changed.args()[0]);

    for (Order o : List.of(o1, o2)) {
      Order after = reload(code, o);
      assertEquals(PaymentStatus.UNPAID, after.getPaymentStatus(), after.getNumber());
      assertEquals(Phase.PENDING_PAYMENT, after.getPhase());
      assertNull(after.getWipStartAt());
      assertNull(after.getInvoiceId());
      assertTrue(as(code, () -> payments.of(o.getId())).isEmpty(), "no payment rows");
      assertTrue(as(code, () -> invoicing.ofOrder(o.getId())).isEmpty(), "no invoice");
    }
    OrderGroup still = as(code, () -> directory.view(g.getId())).group();
    assertEquals(GroupStatus.OPEN, still.getStatus());
    assertNull(still.getInvoiceId());
    assertEquals(g.getVersion(), still.getVersion());
  }

  @Test
  void setupItemsAreOfferedOnACustomersFirstMtoOrderOnly() {
    String code = tenant();
    String ann = Codes.email(code, "ann");
    assertTrue(as(code, () -> newOrders.offer(ann, OrderType.MTO)).isEmpty(), "no items yet");
    Order plain = as(code, () -> newOrders.create(command(OrderType.MTO, 1, ann), null));
    assertEquals(1, plain.getLines().size(), "nothing asked, nothing added");

    SetupItem stamp =
        as(
            code,
            () ->
                setupItems.save(
                    new SetupItemForm(
                        "Custom stamp", "Sello personalizado", new BigDecimal("120.00"))));
    SetupItem mold =
        as(
            code,
            () -> setupItems.save(new SetupItemForm("Metal mold", null, new BigDecimal("80.00"))));
    SetupItem old =
        as(code, () -> setupItems.save(new SetupItemForm("Old die", null, BigDecimal.ONE)));
    as(code, () -> setupItems.retire(old.getId()));

    String eva = Codes.email(code, "eva");
    assertEquals(
        List.of(stamp.getId(), mold.getId()),
        as(code, () -> newOrders.offer(eva, OrderType.MTO)).stream()
            .map(SetupItem::getId)
            .sorted()
            .toList(),
        "active items only");
    assertTrue(as(code, () -> newOrders.offer(eva, OrderType.BULK)).isEmpty(), "MTO only");
    assertTrue(as(code, () -> newOrders.offer(ann, OrderType.MTO)).isEmpty(), "not a first order");

    NewOrder first = command(OrderType.MTO, 1, eva);
    first.setCustomerLanguage("es");
    assertEquals(
        "setup.choice.required",
        fails(BusinessException.class, () -> as(code, () -> newOrders.create(first, null)))
            .messageKey());
    assertEquals(
        "setup.item.notOffered",
        fails(
                BusinessException.class,
                () ->
                    as(
                        code,
                        () -> newOrders.create(first, SetupChoice.withItems(List.of(old.getId())))))
            .messageKey());
    Order withStamp =
        as(code, () -> newOrders.create(first, SetupChoice.withItems(List.of(stamp.getId()))));
    assertEquals(1, first.getLines().size(), "the command is left as it was");
    List<OrderLine> lines = reload(code, withStamp).getLines();
    assertEquals(2, lines.size());
    OrderLine setup = lines.get(1);
    assertEquals("SETUP-" + stamp.getId(), setup.getSku());
    assertEquals("Sello personalizado", setup.getDescription());
    assertEquals(1, setup.getQuantity());
    assertMoney("120.00", setup.getUnitPrice());
    assertMoney("220.00", withStamp.getManufacturingCost());
    assertMoney("280.72", withStamp.getTotal());
    assertTrue(
        as(code, () -> orders.history(withStamp.getId())).stream()
            .anyMatch(
                h ->
                    "setup".equals(h.getField())
                        && h.getNewValue().startsWith("SETUP-" + stamp.getId())));

    assertTrue(as(code, () -> newOrders.offer(eva, OrderType.MTO)).isEmpty(), "second order");
    Order second = as(code, () -> newOrders.create(command(OrderType.MTO, 1, eva), null));
    assertEquals(1, reload(code, second).getLines().size());

    String tom = Codes.email(code, "tom");
    Order unlabeled =
        as(
            code,
            () -> newOrders.create(command(OrderType.MTO, 1, tom), SetupChoice.unlabeledOrder()));
    assertEquals(1, reload(code, unlabeled).getLines().size());
    assertTrue(
        as(code, () -> orders.history(unlabeled.getId())).stream()
            .anyMatch(h -> "setup".equals(h.getField()) && "Unlabeled".equals(h.getNewValue())));

    String zoe = Codes.email(code, "zoe");
    Order cancelled =
        as(
            code,
            () -> newOrders.create(command(OrderType.MTO, 1, zoe), SetupChoice.unlabeledOrder()));
    as(code, () -> workflow.cancel(cancelled.getId(), "duplicate", null, cancelled.getVersion()));
    assertEquals(
        2,
        as(code, () -> newOrders.offer(zoe, OrderType.MTO)).size(),
        "a cancelled order does not count");
  }

  @Test
  void anotherTenantsGroupIsNotFound() {
    String a = tenant();
    String b = tenant();
    String ann = Codes.email(a, "ann");
    Order o1 = order(a, ann);
    Order o2 = order(a, ann);
    OrderGroup g = group(a, o1, o2);
    SetupItem item =
        as(a, () -> setupItems.save(new SetupItemForm("Custom stamp", null, BigDecimal.TEN)));
    PaymentInput in =
        new PaymentInput(PaymentMethod.CASH, new BigDecimal("250.00"), LocalDate.now());

    fails(NotFoundException.class, () -> as(b, () -> directory.view(g.getId())));
    fails(NotFoundException.class, () -> as(b, () -> directory.viewByNumber(g.getNumber())));
    fails(NotFoundException.class, () -> as(b, () -> groups.remove(g.getId(), o1.getId(), 0)));
    fails(NotFoundException.class, () -> as(b, () -> groups.dissolve(g.getId(), 0)));
    fails(NotFoundException.class, () -> as(b, () -> groups.pay(g.getId(), in, 0)));
    fails(
        NotFoundException.class, () -> as(b, () -> groups.group(List.of(o1.getId(), o2.getId()))));
    fails(NotFoundException.class, () -> as(b, () -> setupItems.retire(item.getId())));
    assertEquals(0L, as(b, () -> directory.count(null)));
    assertTrue(as(b, () -> directory.ofOrder(o1.getId())).isEmpty());

    GroupView untouched = as(a, () -> directory.view(g.getId()));
    assertEquals(GroupStatus.OPEN, untouched.group().getStatus());
    assertEquals(2, untouched.members().size());
    assertEquals(PaymentStatus.UNPAID, untouched.totals().paymentStatus());
  }
}
