package com.orderpool.orders;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.customers.boundary.CustomerRow;
import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.customers.entity.Customer;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderEditing;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderSettings;
import com.orderpool.orders.boundary.OrderSettingsForm;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Addresses, the customer directory, order edits and order settings against the database. */
class OrderEditsIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderEditing editing;
  @Inject OrderWorkflow workflow;
  @Inject StatusSettings statuses;
  @Inject CustomerService customers;
  @Inject OrderSettings orderSettings;
  @Inject TenantRunner runner;
  @Inject com.orderpool.payments.boundary.Payments payments;

  private String tenant() {
    return Codes.newTenant(console);
  }

  /** 2 lines (100.00 + 2 × 25.00), shipping 10.00, 21 % VAT: total 193.60. */
  private Order order(String code, String email) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann Smith", email);
    cmd.setCustomerPhone("+34 600 111 222");
    cmd.setLines(
        List.of(
            new LineInput("OX-1", "Oxford, brown", 1, new BigDecimal("100.00")),
            new LineInput("LC-2", "Laces", 2, new BigDecimal("25.00"))));
    cmd.setShippingCost(new BigDecimal("10.00"));
    return runner.call(code, () -> orders.create(cmd));
  }

  private static Address office() {
    Address a = new Address("Ann Smith", "Passeig de Gràcia 1", "08007", "Barcelona", "ES");
    a.setCompany("Smith Studio");
    return a;
  }

  private List<OrderHistoryEntry> history(String code, Order o) {
    return runner.call(code, () -> orders.history(o.getId()));
  }

  @Test
  void ordersCarryAddressesAndMatchTheirCustomerByEmail() {
    String code = tenant();
    Order first = order(code, "ann@example.test");
    assertEquals("ES", first.getBilling().getCountry());
    assertEquals(first.getBilling(), first.getShipping(), "ships to billing by default");
    NewOrder again = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Smith", " ANN@example.TEST ");
    again.setShipping(office());
    Order second = runner.call(code, () -> orders.create(again));
    assertEquals(first.getCustomerId(), second.getCustomerId(), "matched by e-mail");
    assertEquals("Smith Studio", second.getShipping().getCompany());

    Customer c = runner.call(code, () -> customers.get(first.getCustomerId()));
    assertEquals("ann@example.test", c.getEmail());
    assertEquals("+34 600 111 222", c.getPhone(), "a later order without phone keeps it");
    assertEquals(office(), c.getShipping(), "the last shipping address is remembered");
    List<CustomerRow> found =
        runner.call(code, () -> customers.search(new PageRequest(0, 25, null, false, "ann")));
    assertEquals(1, found.size());
    assertEquals(2, found.get(0).orders());
    assertEquals(1, runner.call(code, () -> customers.count("Ann S")));
    assertEquals(0, runner.call(code, () -> customers.count("zed")));
    OrderService.CustomerTotals totals = runner.call(code, () -> orders.customerTotals(c.getId()));
    assertEquals(2, totals.orders());
    assertEquals(2, totals.open());
    assertEquals(
        List.of(second.getNumber(), first.getNumber()),
        runner.call(code, () -> orders.ofCustomer(c.getId(), 10)).stream()
            .map(Order::getNumber)
            .toList());
  }

  @Test
  void invalidAddressOrMtoQuantityIsRejectedAndNothingIsSaved() {
    String code = tenant();
    NewOrder badCountry = TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann", "ann@example.test");
    badCountry.getBilling().setCountry("XX");
    badCountry.getBilling().setCity(" ");
    Throwable t =
        unwrap(
            assertThrows(
                Exception.class, () -> runner.call(code, () -> orders.create(badCountry))));
    Set<String> fields =
        assertInstanceOf(ConstraintViolationException.class, t).getConstraintViolations().stream()
            .map(v -> v.getPropertyPath().toString())
            .collect(Collectors.toSet());
    assertTrue(fields.contains("create.cmd.billing.country"), fields.toString());
    assertTrue(fields.contains("create.cmd.billing.city"), fields.toString());

    NewOrder noBilling = TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann", "ann@example.test");
    noBilling.setBilling(null);
    assertInstanceOf(
        ConstraintViolationException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> runner.call(code, () -> orders.create(noBilling)))));

    NewOrder mto = TestOrders.of(OrderType.MTO, "Oxford", 3, "Ann", "ann@example.test");
    BusinessException e =
        assertInstanceOf(
            BusinessException.class,
            unwrap(
                assertThrows(Exception.class, () -> runner.call(code, () -> orders.create(mto)))));
    assertEquals("order.mto.quantity", e.messageKey());

    NewOrder negative = TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann", "ann@example.test");
    negative.setLines(List.of(new LineInput("X", "X", -2, new BigDecimal("-5"))));
    assertInstanceOf(
        ConstraintViolationException.class,
        unwrap(
            assertThrows(Exception.class, () -> runner.call(code, () -> orders.create(negative)))));

    assertEquals(0, runner.call(code, () -> orders.total()), "no order saved");
    assertEquals(0, runner.call(code, () -> customers.count(null)), "no customer saved");
  }

  @Test
  void pendingOrderLinesAreEditedAndTotalsRecomputedInHistory() {
    String code = tenant();
    Order o = order(code, "ann@example.test");
    assertEquals(new BigDecimal("193.60"), o.getTotal());
    LineInput first = new LineInput("OX-1", "Oxford, black", 1, new BigDecimal("120.00"));
    first.setLineId(o.getLines().get(0).getId());
    LineInput added = new LineInput("BX", "Gift box", 1, new BigDecimal("5.00"));
    Order edited =
        runner.call(
            code,
            () ->
                editing.editLines(
                    o.getId(),
                    o.getVersion(),
                    List.of(first, added),
                    1,
                    BigDecimal.ZERO,
                    new BigDecimal("10.00")));
    // (120 + 5 + 10) × 1.21 = 163.35
    assertEquals(new BigDecimal("163.35"), edited.getTotal());
    Order reloaded = runner.call(code, () -> orders.get(o.getId()));
    assertEquals(new BigDecimal("163.35"), reloaded.getTotal());
    assertEquals(
        List.of("Oxford, black", "Gift box"),
        reloaded.getLines().stream().map(l -> l.getDescription()).toList());
    assertEquals(o.getLines().get(0).getId(), reloaded.getLines().get(0).getId(), "line kept");
    assertEquals(List.of(1, 3), reloaded.getLines().stream().map(l -> l.getLineNo()).toList());
    Set<String> fields =
        history(code, o).stream().map(OrderHistoryEntry::getField).collect(Collectors.toSet());
    assertTrue(fields.containsAll(Set.of("lines", "total")), fields.toString());
    OrderHistoryEntry total =
        history(code, o).stream()
            .filter(h -> h.getField().equals("total"))
            .findFirst()
            .orElseThrow();
    assertEquals("193.60", total.getOldValue());
    assertEquals("163.35", total.getNewValue());

    Throwable stale =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        code,
                        () ->
                            editing.editLines(
                                o.getId(),
                                o.getVersion(),
                                List.of(added),
                                1,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO))));
    assertEquals(
        "order.changedMeanwhile", assertInstanceOf(BusinessException.class, stale).messageKey());
  }

  @Test
  void inProductionOnlyAddressesChangeAndOnlyWithAReason() {
    String code = tenant();
    Order placed = order(code, "ann@example.test");
    Order o =
        runner.call(
            code, () -> payments.markPaid(placed.getId(), "paid by card", placed.getVersion()));
    long received =
        runner.call(
            code,
            () ->
                statuses.list().stream()
                    .filter(s -> s.getCode().equals("received"))
                    .findFirst()
                    .orElseThrow()
                    .getId());
    Order inProduction =
        runner.call(code, () -> workflow.moveTo(o.getId(), received, o.getVersion()));
    LineInput line = new LineInput("OX-1", "Oxford", 1, BigDecimal.ONE);
    line.setLineId(placed.getLines().get(0).getId());
    Throwable locked =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        code,
                        () ->
                            editing.editLines(
                                o.getId(),
                                inProduction.getVersion(),
                                List.of(line),
                                1,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO))));
    assertEquals(
        "order.edit.linesLocked", assertInstanceOf(BusinessException.class, locked).messageKey());

    Throwable noReason =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        code,
                        () ->
                            editing.editAddresses(
                                o.getId(),
                                inProduction.getVersion(),
                                o.getBilling(),
                                office(),
                                null))));
    assertEquals("editReason", assertInstanceOf(BusinessException.class, noReason).field());

    Order moved =
        runner.call(
            code,
            () ->
                editing.editAddresses(
                    o.getId(),
                    inProduction.getVersion(),
                    o.getBilling(),
                    office(),
                    "Customer asked to ship to the studio"));
    assertEquals(office(), moved.getShipping());
    assertEquals(o.getBilling(), moved.getBilling());
    OrderHistoryEntry h =
        history(code, o).stream()
            .filter(e -> e.getField().equals("shippingAddress"))
            .findFirst()
            .orElseThrow();
    assertEquals("Customer asked to ship to the studio", h.getReason());
    assertTrue(h.getNewValue().contains("Passeig de Gràcia 1"));
    assertTrue(history(code, o).stream().noneMatch(e -> e.getField().equals("billingAddress")));
    assertEquals(
        new BigDecimal("193.60"), runner.call(code, () -> orders.get(o.getId())).getTotal());
  }

  @Test
  void orderSettingsValidateAndDriveNewOrders() {
    String code = tenant();
    OrderSettingsForm f = runner.call(code, () -> orderSettings.load());
    assertEquals(24, f.getCancelWindowHours());
    assertEquals("received", f.getPointOfNoReturn());
    f.setVatRate(new BigDecimal("10"));
    f.setCancelWindowHours(48);
    f.setPointOfNoReturn("cut");
    runner.run(code, () -> orderSettings.save(f));
    OrderSettingsForm saved = runner.call(code, () -> orderSettings.load());
    assertEquals(48, saved.getCancelWindowHours());
    assertEquals("cut", saved.getPointOfNoReturn());
    assertEquals(new BigDecimal("10.00"), runner.call(code, () -> orders.vatRate()));
    // 100 + 50 + 10 shipping at 10 % VAT
    assertEquals(new BigDecimal("176.00"), order(code, "vat@example.test").getTotal());

    f.setPointOfNoReturn("shipped");
    Throwable notProduction =
        unwrap(assertThrows(Exception.class, () -> runner.run(code, () -> orderSettings.save(f))));
    assertEquals(
        "pointOfNoReturn", assertInstanceOf(BusinessException.class, notProduction).field());
    f.setPointOfNoReturn("cut");
    f.setCancelWindowHours(1000);
    assertInstanceOf(
        ConstraintViolationException.class,
        unwrap(assertThrows(Exception.class, () -> runner.run(code, () -> orderSettings.save(f)))));
    f.setCancelWindowHours(24);
    f.setCurrency("XYZ");
    assertEquals(
        "currency",
        assertInstanceOf(
                BusinessException.class,
                unwrap(
                    assertThrows(
                        Exception.class, () -> runner.run(code, () -> orderSettings.save(f)))))
            .field());
    assertEquals(48, runner.call(code, () -> orderSettings.load()).getCancelWindowHours());
  }

  @Test
  void anotherTenantCanNeitherSeeNorEditCustomersOrOrders() {
    String a = tenant();
    String b = tenant();
    order(a, "first@example.test");
    // A's second order and customer have ids that B's schema does not have (B has one of each).
    Order mine = order(a, "secret@example.test");
    order(b, "other@example.test");
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> runner.call(b, () -> customers.get(mine.getCustomerId())))));
    assertEquals(0, runner.call(b, () -> customers.count("secret")));
    assertTrue(runner.call(b, () -> orders.ofCustomer(mine.getCustomerId(), 10)).isEmpty());
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        b,
                        () ->
                            editing.editAddresses(
                                mine.getId(), mine.getVersion(), office(), null, "x")))));
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    runner.call(
                        b,
                        () ->
                            editing.editLines(
                                mine.getId(),
                                mine.getVersion(),
                                List.of(new LineInput("X", "X", 1, BigDecimal.ONE)),
                                1,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO)))));
    Order untouched = runner.call(a, () -> orders.get(mine.getId()));
    assertEquals(mine.getShipping(), untouched.getShipping());
    assertEquals(mine.getTotal(), untouched.getTotal());
    assertNotNull(runner.call(a, () -> customers.get(mine.getCustomerId())));
  }
}
