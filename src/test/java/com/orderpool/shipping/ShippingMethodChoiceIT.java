package com.orderpool.shipping;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The shipping method an order's customer chose: kept by the order (and its clone), only one the
 * tenant offers (an unknown id, a retired method or another tenant's is refused on the field, and
 * nothing is placed), changed by staff until something is sent.
 */
class ShippingMethodChoiceIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Payments payments;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  private static NewOrder command(String code, Long methodId) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", Codes.email(code, "ann"));
    cmd.setShippingMethodId(methodId);
    return cmd;
  }

  private Order order(String code, Long methodId) {
    return as(code, () -> orders.create(command(code, methodId)));
  }

  private Order reload(String code, Order o) {
    return as(code, () -> orders.get(o.getId()));
  }

  private ShippingMethod method(String code, int index) {
    return as(code, () -> methods.active()).get(index);
  }

  @Test
  void anOrderKeepsTheMethodItsCustomerChoseAndStaffChangeIt() {
    String code = Codes.newTenant(console);
    ShippingMethod standard = method(code, 0);
    ShippingMethod express = method(code, 1);
    Order o = order(code, express.getId());
    assertEquals(express.getId(), reload(code, o).getTracking().getMethodId());
    assertEquals(
        express.getId(),
        as(code, () -> workflow.cloneDraft(o.getId())).getShippingMethodId(),
        "a clone starts with the same method");
    assertNull(reload(code, order(code, null)).getTracking().getMethodId(), "none is allowed");

    Order changed =
        as(code, () -> shipments.chooseMethod(o.getId(), standard.getId(), o.getVersion()));
    assertEquals(standard.getId(), reload(code, o).getTracking().getMethodId());
    List<OrderHistoryEntry> history = as(code, () -> orders.history(o.getId()));
    OrderHistoryEntry entry =
        history.stream()
            .filter(h -> "shippingMethod".equals(h.getField()))
            .findFirst()
            .orElseThrow();
    assertEquals("Express courier", entry.getOldValue());
    assertEquals("Standard delivery", entry.getNewValue());
    assertEquals(
        "order.changedMeanwhile",
        fails(
                BusinessException.class,
                () -> as(code, () -> shipments.chooseMethod(o.getId(), null, o.getVersion())))
            .messageKey(),
        "a stale version is refused");
    as(code, () -> shipments.chooseMethod(o.getId(), null, reload(code, changed).getVersion()));
    assertNull(reload(code, o).getTracking().getMethodId());
  }

  @Test
  void aMethodTheTenantDoesNotOfferIsRefusedOnTheFieldAndNothingIsPlaced() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    ShippingMethod own =
        as(a, () -> methods.save(null, "Collection in shop", "Recogida en tienda", "Shop", null));
    Order ofA = order(a, own.getId());
    ShippingMethod express = method(b, 1);
    as(b, () -> methods.retire(express.getId(), true));

    for (long id : new long[] {own.getId(), express.getId(), 987_654L}) {
      BusinessException e =
          fails(BusinessException.class, () -> as(b, () -> orders.create(command(b, id))));
      assertEquals("order.shippingMethod.notOffered", e.messageKey(), "method " + id);
      assertEquals("shippingMethodId", e.field(), "method " + id);
    }
    assertEquals(0L, as(b, () -> orders.total()), "no order was placed");
    fails(
        NotFoundException.class,
        () -> as(b, () -> shipments.chooseMethod(ofA.getId(), null, ofA.getVersion())));
    assertEquals(own.getId(), reload(a, ofA).getTracking().getMethodId(), "A's order keeps it");
    Order placed = order(b, method(b, 0).getId());
    assertEquals("10001-" + b, placed.getNumber(), "the refused ones took no number");

    BusinessException retired =
        fails(
            BusinessException.class,
            () ->
                as(
                    b,
                    () ->
                        shipments.chooseMethod(
                            placed.getId(), express.getId(), placed.getVersion())));
    assertEquals("shippingMethodId", retired.field());
  }

  @Test
  void theMethodNoLongerChangesOnceTheOrderIsSent() {
    String code = Codes.newTenant(console);
    Order o = order(code, method(code, 0).getId());
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
    in.setReference("TRF-" + o.getNumber());
    as(code, () -> payments.record(o.getId(), in, o.getVersion()));
    as(code, () -> shipments.sendNow(o.getId(), null, "PK9"));
    Order sent = reload(code, o);
    assertEquals(
        "order.shippingMethod.locked",
        fails(
                BusinessException.class,
                () ->
                    as(
                        code,
                        () ->
                            shipments.chooseMethod(
                                o.getId(), method(code, 1).getId(), sent.getVersion())))
            .messageKey());
  }
}
