package com.orderpool.shipping;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.boundary.GroupDirectory;
import com.orderpool.invoicing.boundary.GroupInvoicing;
import com.orderpool.invoicing.entity.OrderGroup;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.shipping.boundary.ShipmentView;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShipmentStatus;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Shipping: a paid order ships with tracking numbers, is Sent (the customer's Track & trace with
 * the carrier's link, the pool's tracking), then Delivered (Completed); without a number the
 * customer gets Order sent; a BULK order ships in parts; a paid group ships as one; what must not
 * ship does not; another tenant's shipments are not found.
 */
class ShipmentsIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Payments payments;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject OutboxService outbox;
  @Inject GroupInvoicing groups;
  @Inject GroupDirectory directory;
  @Inject TenantRunner runner;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  private Order order(String code, OrderType type, int quantity, String who) {
    NewOrder cmd = TestOrders.of(type, "Derby", quantity, "Ann Ávila", Codes.email(code, who));
    cmd.setLines(
        new java.util.ArrayList<>(
            List.of(new LineInput("DRB-1", "Derby shoe", quantity, new BigDecimal("100.00")))));
    return as(code, () -> orders.create(cmd));
  }

  private Order paid(String code, Order o) {
    PaymentInput in = new PaymentInput(PaymentMethod.BANK_TRANSFER, o.getTotal(), LocalDate.now());
    in.setReference("TRF-" + o.getNumber());
    return as(code, () -> payments.record(o.getId(), in, o.getVersion()));
  }

  private Order reload(String code, Order o) {
    return as(code, () -> orders.get(o.getId()));
  }

  private ShippingMethod standard(String code) {
    return as(code, () -> methods.active()).get(0);
  }

  private List<OutboxMessage> mails(String code, Order o) {
    return as(code, () -> outbox.ofOrder(o.getId()));
  }

  @Test
  void aPaidOrderShipsWithTrackingIsSentThenDeliveredAndTheCustomerGetsTrackAndTrace()
      throws Exception {
    String code = Codes.newTenant(console);
    ShippingMethod m = standard(code);
    assertEquals("Correos", m.getCarrier(), "a new tenant starts with the default methods");
    Order o = paid(code, order(code, OrderType.MTO, 1, "bea"));
    assertEquals(Phase.IN_PRODUCTION, o.getPhase());

    Shipment s =
        as(code, () -> shipments.schedule(o.getId(), m.getId(), " PK001ES\nPK002ES \n", null, ""));
    assertEquals(ShipmentStatus.SCHEDULED, s.getStatus());
    assertEquals(Phase.IN_PRODUCTION, reload(code, o).getPhase(), "scheduled is not sent");
    assertEquals(0, as(code, () -> shipments.piecesLeft(o.getId())));

    as(code, () -> shipments.send(s.getId()));
    Order sent = reload(code, o);
    assertEquals(Phase.SHIPPED, sent.getPhase());
    assertEquals("PK001ES", sent.getTracking().getNumber());
    assertEquals(2, sent.getTracking().getParcels());
    assertEquals(
        "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PK001ES",
        sent.getTracking().getUrl());
    OutboxMessage mail =
        mails(code, o).stream()
            .filter(x -> x.getEvent() == MailEvent.TRACK_TRACE)
            .findFirst()
            .orElseThrow();
    assertTrue(mail.getTextBody().contains("PK001ES"), mail.getTextBody());
    assertTrue(mail.getTextBody().contains(sent.getTracking().getUrl()), mail.getTextBody());
    assertTrue(mail.getTextBody().contains("Correos"), mail.getTextBody());
    var received =
        MailInbox.await(
            Codes.email(code, "bea"),
            MailInbox.subjectContains(o.getNumber())
                .and(x -> MailInbox.text(x).contains("PK001ES")),
            Duration.ofSeconds(30));
    assertTrue(received.isPresent(), "the Track & trace e-mail reached the SMTP server");

    ShipmentView view = as(code, () -> shipments.ofOrder(o.getId())).get(0);
    assertEquals(
        List.of("PK001ES", "PK002ES"), view.parcels().stream().map(p -> p.number()).toList());
    assertEquals(
        BusinessException.class,
        unwrap(assertThrows(Exception.class, () -> as(code, () -> shipments.send(s.getId()))))
            .getClass(),
        "sent once");

    as(code, () -> shipments.deliver(s.getId()));
    assertEquals(Phase.COMPLETED, reload(code, o).getPhase());
  }

  @Test
  void withoutATrackingNumberTheCustomerGetsOrderSent() {
    String code = Codes.newTenant(console);
    ShippingMethod m = standard(code);
    Order o = paid(code, order(code, OrderType.MTO, 1, "carl"));
    Shipment s = as(code, () -> shipments.schedule(o.getId(), m.getId(), "", null, null));
    as(code, () -> shipments.send(s.getId()));
    Order sent = reload(code, o);
    assertEquals(Phase.SHIPPED, sent.getPhase());
    assertNull(sent.getTracking().getNumber());
    List<MailEvent> events = mails(code, o).stream().map(OutboxMessage::getEvent).toList();
    assertTrue(events.contains(MailEvent.ORDER_SENT), events.toString());
    assertTrue(!events.contains(MailEvent.TRACK_TRACE), events.toString());
  }

  @Test
  void aBulkOrderShipsInPartsAndIsShippedWhenEveryPieceIsSent() {
    String code = Codes.newTenant(console);
    ShippingMethod m = standard(code);
    Order o = paid(code, order(code, OrderType.BULK, 10, "dora"));
    Shipment first = as(code, () -> shipments.schedule(o.getId(), m.getId(), "B1", 4, null));
    assertEquals(
        "shipment.pieces.range",
        fails(
                BusinessException.class,
                () -> as(code, () -> shipments.schedule(o.getId(), m.getId(), "B2", 7, null)))
            .messageKey(),
        "never more than is left");
    as(code, () -> shipments.send(first.getId()));
    Order part = reload(code, o);
    assertEquals(Phase.IN_PRODUCTION, part.getPhase(), "4 of 10 sent");
    assertEquals(4, part.getTracking().getPiecesSent());
    assertEquals(6, as(code, () -> shipments.piecesLeft(o.getId())));
    Shipment rest = as(code, () -> shipments.schedule(o.getId(), m.getId(), "B2", null, null));
    as(code, () -> shipments.send(rest.getId()));
    Order all = reload(code, o);
    assertEquals(Phase.SHIPPED, all.getPhase());
    assertEquals(10, all.getTracking().getPiecesSent());
    assertEquals("B1", all.getTracking().getNumber(), "the first number stays the one shown");
    assertEquals(2, all.getTracking().getParcels());
  }

  @Test
  void aPaidGroupShipsAsOneShipment() {
    String code = Codes.newTenant(console);
    ShippingMethod m = standard(code);
    Order o1 = order(code, OrderType.MTO, 1, "eva");
    Order o2 = order(code, OrderType.MTO, 1, "eva");
    OrderGroup g = as(code, () -> groups.group(List.of(o1.getId(), o2.getId())));
    var view = as(code, () -> directory.view(g.getId()));
    PaymentInput in =
        new PaymentInput(PaymentMethod.BANK_TRANSFER, view.totals().balance(), LocalDate.now());
    as(code, () -> groups.pay(g.getId(), in, g.getVersion()));

    Shipment s = as(code, () -> shipments.scheduleGroup(g.getId(), m.getId(), "GRP-1", null));
    assertEquals(g.getId(), s.getGroupId());
    as(code, () -> shipments.send(s.getId()));
    for (Order o : List.of(o1, o2)) {
      Order sent = reload(code, o);
      assertEquals(Phase.SHIPPED, sent.getPhase(), sent.getNumber());
      assertEquals("GRP-1", sent.getTracking().getNumber());
      assertTrue(
          mails(code, o).stream().anyMatch(x -> x.getEvent() == MailEvent.TRACK_TRACE),
          sent.getNumber());
    }
  }

  @Test
  void unpaidOnHoldAndCancelledOrdersDoNotShip() {
    String code = Codes.newTenant(console);
    ShippingMethod m = standard(code);
    Order unpaid = order(code, OrderType.MTO, 1, "fay");
    assertEquals(
        "shipment.unpaid",
        fails(
                BusinessException.class,
                () -> as(code, () -> shipments.schedule(unpaid.getId(), m.getId(), "", null, null)))
            .messageKey());
    Order held = paid(code, order(code, OrderType.MTO, 1, "fay"));
    Order h = as(code, () -> workflow.hold(held.getId(), "customer asked", held.getVersion()));
    assertEquals(
        "shipment.onHold",
        fails(
                BusinessException.class,
                () -> as(code, () -> shipments.schedule(h.getId(), m.getId(), "", null, null)))
            .messageKey());
    Order c = order(code, OrderType.MTO, 1, "fay");
    Order cancelled =
        as(code, () -> workflow.cancel(c.getId(), "changed mind", null, c.getVersion()));
    assertEquals(
        "shipment.cancelled",
        fails(
                BusinessException.class,
                () ->
                    as(
                        code,
                        () -> shipments.schedule(cancelled.getId(), m.getId(), "", null, null)))
            .messageKey());
    ShippingMethod retired = as(code, () -> methods.retire(m.getId(), true));
    Order ok = paid(code, order(code, OrderType.MTO, 1, "fay"));
    assertEquals(
        "shipment.method.retired",
        fails(
                BusinessException.class,
                () ->
                    as(code, () -> shipments.schedule(ok.getId(), retired.getId(), "", null, null)))
            .messageKey());
  }

  @Test
  void anotherTenantNeitherSeesNorChangesAShipment() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    ShippingMethod m = standard(a);
    Order o = paid(a, order(a, OrderType.MTO, 1, "gil"));
    Shipment s = as(a, () -> shipments.schedule(o.getId(), m.getId(), "X1", null, null));
    fails(NotFoundException.class, () -> as(b, () -> shipments.get(s.getId())));
    fails(NotFoundException.class, () -> as(b, () -> shipments.send(s.getId())));
    fails(NotFoundException.class, () -> as(b, () -> shipments.deliver(s.getId())));
    fails(NotFoundException.class, () -> as(b, () -> shipments.ofOrder(o.getId())));
    ShippingMethod own =
        as(a, () -> methods.save(null, "Collection in shop", "Recogida en tienda", "Shop", null));
    fails(NotFoundException.class, () -> as(b, () -> methods.retire(own.getId(), true)));
    fails(
        NotFoundException.class,
        () -> as(b, () -> methods.save(own.getId(), "Taken over", null, "B", null)));
    assertEquals(2, as(b, () -> methods.all()).size(), "B keeps its own two methods");
    assertEquals(
        ShipmentStatus.SCHEDULED, as(a, () -> shipments.get(s.getId())).shipment().getStatus());
  }
}
