package com.orderpool.shipping;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.shipping.boundary.BulkShipping;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Shipping selected orders at once: a pasted column of tracking numbers, one line per order; each
 * order ships as its own shipment, sent at once, in its own transaction, so an order that may not
 * ship is reported while the others ship; its customers get Track &amp; trace.
 */
class BulkShippingIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject Payments payments;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject OutboxService outbox;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  private Order order(String code, String who, Long methodId) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Derby", 1, "Ann Ávila", Codes.email(code, who));
    cmd.setShippingMethodId(methodId);
    return as(code, () -> orders.create(cmd));
  }

  private Order paid(String code, String who, Long methodId) {
    Order o = order(code, who, methodId);
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
    in.setReference("TRF-" + o.getNumber());
    return as(code, () -> payments.record(o.getId(), in, o.getVersion()));
  }

  private Order reload(String code, Order o) {
    return as(code, () -> orders.get(o.getId()));
  }

  private List<MailEvent> mails(String code, Order o) {
    return as(code, () -> outbox.ofOrder(o.getId())).stream().map(OutboxMessage::getEvent).toList();
  }

  private List<ShippingMethod> offered(String code) {
    return as(code, () -> methods.active());
  }

  @Test
  void threeOrdersOneUnpaidTwoShipWithTheirPastedNumbersTheThirdIsRefusedWithItsReason() {
    String code = Codes.newTenant(console);
    ShippingMethod standard = offered(code).get(0);
    ShippingMethod express = offered(code).get(1);
    Order first = paid(code, "ada", standard.getId());
    Order unpaid = order(code, "ben", standard.getId());
    Order third = paid(code, "cleo", express.getId());

    BulkShipping result =
        as(
            code,
            () ->
                shipments.sendEach(
                    List.of(first.getId(), unpaid.getId(), third.getId()),
                    null,
                    "PK001ES\r\nPK002ES\nPK003ES\n"));

    assertEquals(
        List.of(
            new BulkShipping.Shipped(first.getId(), "PK001ES"),
            new BulkShipping.Shipped(third.getId(), "PK003ES")),
        result.shipped());
    assertEquals(1, result.refused().size());
    assertEquals(unpaid.getId(), result.refused().get(0).orderId());
    assertEquals("shipment.unpaid", result.refused().get(0).messageKey());
    assertEquals(List.of(unpaid.getNumber()), result.refused().get(0).args());

    Order a = reload(code, first);
    assertEquals(Phase.SHIPPED, a.getPhase());
    assertEquals("PK001ES", a.getTracking().getNumber());
    assertEquals(standard.trackingLink("PK001ES"), a.getTracking().getUrl(), "its own method");
    Order c = reload(code, third);
    assertEquals(Phase.SHIPPED, c.getPhase());
    assertEquals("PK003ES", c.getTracking().getNumber());
    assertEquals(express.trackingLink("PK003ES"), c.getTracking().getUrl(), "its own method");
    Order b = reload(code, unpaid);
    assertEquals(Phase.PENDING_PAYMENT, b.getPhase());
    assertNull(b.getTracking().getNumber());
    assertTrue(as(code, () -> shipments.ofOrder(unpaid.getId())).isEmpty());

    assertTrue(mails(code, first).contains(MailEvent.TRACK_TRACE), mails(code, first).toString());
    assertTrue(mails(code, third).contains(MailEvent.TRACK_TRACE), mails(code, third).toString());
    assertTrue(!mails(code, unpaid).contains(MailEvent.TRACK_TRACE));
    assertTrue(!mails(code, unpaid).contains(MailEvent.ORDER_SENT));
    assertTrue(
        MailInbox.await(
                Codes.email(code, "cleo"),
                m -> MailInbox.text(m).contains("PK003ES"),
                Duration.ofSeconds(30))
            .isPresent(),
        "the Track & trace e-mail reached the mail server");
  }

  @Test
  void blankLinesAndAShortColumnShipWithoutANumberWithTheMethodChosenForAll() {
    String code = Codes.newTenant(console);
    ShippingMethod express = offered(code).get(1);
    Order first = paid(code, "dan", null);
    Order second = paid(code, "eve", null);
    Order third = paid(code, "fin", null);
    Order noMethod = paid(code, "gus", null);

    BulkShipping own = as(code, () -> shipments.sendEach(List.of(noMethod.getId()), null, "PK9"));
    assertEquals("shipment.bulk.noMethod", own.refused().get(0).messageKey());

    BulkShipping result =
        as(
            code,
            () ->
                shipments.sendEach(
                    List.of(first.getId(), second.getId(), third.getId()),
                    express.getId(),
                    "\n  PK2  \n\n"));
    assertEquals(3, result.shipped().size());
    assertTrue(result.refused().isEmpty());
    assertNull(reload(code, first).getTracking().getNumber());
    assertEquals("PK2", reload(code, second).getTracking().getNumber());
    assertEquals("SEUR", reload(code, second).getTracking().getCarrier());
    assertNull(reload(code, third).getTracking().getNumber());
    assertTrue(mails(code, first).contains(MailEvent.ORDER_SENT));
    assertTrue(mails(code, second).contains(MailEvent.TRACK_TRACE));

    BulkShipping again =
        as(code, () -> shipments.sendEach(List.of(first.getId()), express.getId(), ""));
    assertEquals("shipment.allSent", again.refused().get(0).messageKey(), "already shipped");
  }

  @Test
  void moreNumbersThanOrdersOrAMethodNotOfferedIsRefusedOnTheFieldAndNothingShips() {
    String code = Codes.newTenant(console);
    ShippingMethod standard = offered(code).get(0);
    Order first = paid(code, "hal", standard.getId());
    Order second = paid(code, "ida", standard.getId());
    List<Long> both = List.of(first.getId(), second.getId());

    BusinessException more =
        fails(
            BusinessException.class,
            () -> as(code, () -> shipments.sendEach(both, null, "A1\nA2\nA3")));
    assertEquals("shipment.bulk.tooManyNumbers", more.messageKey());
    assertEquals("tracking", more.field());
    ShippingMethod retired = as(code, () -> methods.retire(offered(code).get(1).getId(), true));
    BusinessException notOffered =
        fails(
            BusinessException.class,
            () -> as(code, () -> shipments.sendEach(both, retired.getId(), "A1")));
    assertEquals("bulkMethod", notOffered.field());
    assertEquals(Phase.IN_PRODUCTION, reload(code, first).getPhase());
    assertEquals(Phase.IN_PRODUCTION, reload(code, second).getPhase());
  }

  @Test
  void anotherTenantsOrdersAreNotFoundAndDoNotShip() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Order ofA = paid(a, "jo", offered(a).get(0).getId());
    BulkShipping result = as(b, () -> shipments.sendEach(List.of(ofA.getId()), null, "X1"));
    assertTrue(result.shipped().isEmpty());
    assertEquals("error.notFound", result.refused().get(0).messageKey());
    assertEquals(Phase.IN_PRODUCTION, reload(a, ofA).getPhase());
    assertNull(reload(a, ofA).getTracking().getNumber());
  }
}
