package com.orderpool.shipping.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.core.NotFoundException;
import com.orderpool.orders.control.OnAccount;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.shipping.control.MethodChoice;
import com.orderpool.shipping.control.OrderSent;
import com.orderpool.shipping.control.ShipmentMails;
import com.orderpool.shipping.control.ShipmentRecords;
import com.orderpool.shipping.control.ShippingRules;
import com.orderpool.shipping.control.TrackingNumbers;
import com.orderpool.shipping.entity.Parcel;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShipmentItem;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shipping orders: a shipment of one order (a BULK order may ship in parts; unpaid only on account:
 * a trusted customer of a tenant that ships before payment) or of a whole paid group, its parcels'
 * tracking numbers, then Sent (the orders move to their Shipped status once every piece is sent,
 * and the customer gets Track &amp; trace or Order sent) and Delivered (the orders sent in full
 * move to Completed at once). Several orders ship at once each as its own shipment, sent at once;
 * and the method an order's customer chose changes here.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class Shipments {
  private static final Logger LOG = Logger.getLogger(Shipments.class.getName());

  @Inject ShipmentRecords records;
  @Inject OrderStore orders;
  @Inject StatusCatalog statuses;
  @Inject OrderHistory history;
  @Inject ShipmentMails mails;
  @Inject Event<OrderSent> sentEvents;
  @Inject OnAccount unpaid; // an unpaid order ships on account only
  @Inject TenantContext tenant;
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject MethodChoice choice;
  @Inject ShippingMethods methods;
  @Resource SessionContext context;

  /** The shipments carrying something of an order, newest first. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<ShipmentView> ofOrder(long orderId) {
    orders.withLines(orderId);
    return records.ofOrder(orderId).stream().map(this::view).toList();
  }

  /** A shipment with what it carries and its parcels. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public ShipmentView get(long shipmentId) {
    return view(records.get(shipmentId));
  }

  /** Pieces of an order neither sent nor in a shipment waiting for collection. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public int piecesLeft(long orderId) {
    return ShippingRules.left(orders.withLines(orderId), records.open(orderId));
  }

  /**
   * Schedules a shipment of an order: all the pieces left, or {@code pieces} of them; tracking
   * numbers one per line.
   */
  public Shipment schedule(
      long orderId,
      long methodId,
      @Size(max = 4000) String tracking,
      @Min(1) Integer pieces,
      @Size(max = 500) String note) {
    Order order = orders.lockedWithLines(orderId);
    ShippingMethod method = activeMethod(methodId);
    int open = records.open(orderId);
    ShippingRules.checkShippable(order, open, unpaid.of(order));
    int n = ShippingRules.pieces(order, pieces, open);
    List<String> numbers = TrackingNumbers.parse(tracking);
    Shipment s =
        records.create(
            new Shipment(method.getId(), null, note, tenant.actor(), clock.instant()),
            List.of(new ShipmentItem(0, orderId, n)),
            numbers);
    history.record(order, "shipment", null, "SCHEDULED", null);
    return s;
  }

  /** Schedules one shipment for every order of a paid group (each order's pieces left). */
  public Shipment scheduleGroup(
      long groupId,
      long methodId,
      @Size(max = 4000) String tracking,
      @Size(max = 500) String note) {
    List<Long> ids =
        db.em()
            .createQuery("SELECT o.id FROM Order o WHERE o.groupId = :g ORDER BY o.seq", Long.class)
            .setParameter("g", groupId)
            .getResultList();
    if (ids.isEmpty()) {
      throw new NotFoundException("group", groupId);
    }
    ShippingMethod method = activeMethod(methodId);
    List<String> numbers = TrackingNumbers.parse(tracking);
    List<ShipmentItem> items = new ArrayList<>();
    List<Order> group = new ArrayList<>();
    for (long id : ids) {
      Order order = orders.lockedWithLines(id);
      int open = records.open(id);
      ShippingRules.checkShippable(order, open, unpaid.of(order));
      items.add(new ShipmentItem(0, id, ShippingRules.left(order, open)));
      group.add(order);
    }
    Shipment s =
        records.create(
            new Shipment(method.getId(), groupId, note, tenant.actor(), clock.instant()),
            items,
            numbers);
    for (Order order : group) {
      history.record(order, "shipment", null, "SCHEDULED", null);
    }
    return s;
  }

  /**
   * The shipment left with the carrier: each order records the pieces sent and its tracking, moves
   * to its Shipped status when every piece is sent, and its customer gets the e-mail.
   */
  public Shipment send(long shipmentId) {
    Shipment s = records.forChange(shipmentId);
    Instant now = clock.instant();
    s.send(tenant.actor(), now);
    ShippingMethod method = records.method(s.getMethodId());
    List<Parcel> parcels = records.parcels(shipmentId);
    String first = parcels.isEmpty() ? null : parcels.get(0).getTrackingNumber();
    OrderStatus shipped =
        statuses
            .machine()
            .first(Phase.SHIPPED)
            .orElseThrow(() -> BusinessException.of("shipment.noShippedStatus"));
    for (ShipmentItem item : records.items(shipmentId)) {
      Order order = orders.lockedWithLines(item.getOrderId());
      ShippingRules.checkShippable(order, 0, unpaid.of(order));
      order
          .getTracking()
          .sent(
              method.getCarrier(),
              first,
              method.trackingLink(first),
              parcels.size(),
              item.getPieces());
      OrderStatus old = ShippingRules.sentInFull(order) ? order.moveTo(shipped, now) : null;
      history.record(order, "shipment", null, "SENT", null);
      if (first != null) {
        history.record(order, "tracking", null, tracked(first, parcels.size()), null);
      }
      if (old != null) {
        history.record(
            order, "status", old.name(Locale.ENGLISH), shipped.name(Locale.ENGLISH), null);
      }
      orders.saved(order);
      mails.sent(order, method, first);
      sentEvents.fire(new OrderSent(order, shipmentId, item.getPieces()));
    }
    return s;
  }

  /**
   * The shipment arrived: its orders that were sent in full move to their Completed status at once
   * (a later return still works from Completed).
   */
  public Shipment deliver(long shipmentId) {
    Shipment s = records.forChange(shipmentId);
    Instant now = clock.instant();
    s.deliver(tenant.actor(), now);
    OrderStatus completed =
        statuses
            .machine()
            .first(Phase.COMPLETED)
            .orElseThrow(() -> BusinessException.of("shipment.noCompletedStatus"));
    for (ShipmentItem item : records.items(shipmentId)) {
      Order order = orders.lockedWithLines(item.getOrderId());
      history.record(order, "shipment", null, "DELIVERED", null);
      if (order.getPhase() == Phase.SHIPPED) {
        OrderStatus old = order.moveTo(completed, now);
        history.record(
            order, "status", old.name(Locale.ENGLISH), completed.name(Locale.ENGLISH), null);
      }
      orders.saved(order);
    }
    return s;
  }

  /**
   * Ships orders at once, each as its own shipment of all it has left, sent at once (the customers
   * get their e-mails): with {@code methodId}, or else each order with the method its customer
   * chose; {@code tracking} is a pasted column with one line per order in the order of {@code
   * orderIds} (see {@link TrackingNumbers#column}). Each order ships in a transaction of its own,
   * so an order that may not ship (not paid, on hold, cancelled, already sent...) is reported and
   * the others still ship.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BulkShipping sendEach(
      @NotNull @Size(min = 1, max = 500) List<Long> orderIds,
      Long methodId,
      @Size(max = 40_000) String tracking) {
    List<String> numbers = TrackingNumbers.column(tracking, orderIds.size());
    if (methodId != null && methods.active().stream().noneMatch(m -> m.getId().equals(methodId))) {
      throw new BusinessException("bulkMethod", "shipment.bulk.methodNotOffered");
    }
    Shipments self = context.getBusinessObject(Shipments.class);
    List<BulkShipping.Shipped> shipped = new ArrayList<>();
    List<BulkShipping.Refused> refused = new ArrayList<>();
    for (int i = 0; i < orderIds.size(); i++) {
      long id = orderIds.get(i);
      try {
        self.sendNow(id, methodId, numbers.get(i));
        shipped.add(new BulkShipping.Shipped(id, numbers.get(i)));
      } catch (BusinessException e) {
        refused.add(new BulkShipping.Refused(id, e.messageKey(), Arrays.asList(e.args())));
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "order " + id + " not shipped", e);
        refused.add(new BulkShipping.Refused(id, "shipment.bulk.failed", List.of()));
      }
    }
    return new BulkShipping(shipped, refused);
  }

  /**
   * Ships all an order has left as one shipment and marks it sent, in a transaction of its own:
   * with {@code methodId}, or else the method its customer chose; with one tracking number or none.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Shipment sendNow(long orderId, Long methodId, @Size(max = 64) String trackingNumber) {
    Long method = methodId;
    if (method == null) {
      Order order = orders.withLines(orderId);
      method = order.getTracking().getMethodId();
      if (method == null) {
        throw BusinessException.of("shipment.bulk.noMethod", order.getNumber());
      }
    }
    Shipment s = schedule(orderId, method, trackingNumber, null, null);
    return send(s.getId());
  }

  /**
   * Changes the shipping method the order's customer chose ({@code null}: none) while nothing of
   * the order is sent.
   */
  public Order chooseMethod(long orderId, Long methodId, long expectedVersion) {
    Order order = orders.lockedWithLines(orderId);
    if (order.getVersion() != expectedVersion) {
      throw new ConflictException(null, "order.changedMeanwhile", order.getNumber());
    }
    choice.change(order, methodId);
    return orders.saved(order);
  }

  private ShippingMethod activeMethod(long id) {
    ShippingMethod m = records.method(id);
    if (m.isRetired()) {
      throw new BusinessException("method", "shipment.method.retired", m.getNameEn());
    }
    return m;
  }

  /** The first tracking number, and how many parcels more ("+2"). */
  private static String tracked(String first, int parcels) {
    return parcels > 1 ? first + " +" + (parcels - 1) : first;
  }

  private ShipmentView view(Shipment s) {
    ShippingMethod m = records.method(s.getMethodId());
    List<ShipmentItem> carried = records.items(s.getId());
    java.util.Map<Long, String> numbers = new java.util.HashMap<>();
    db.em()
        .createQuery("SELECT o.id, o.number FROM Order o WHERE o.id IN :ids", Object[].class)
        .setParameter("ids", carried.stream().map(ShipmentItem::getOrderId).toList())
        .getResultList()
        .forEach(r -> numbers.put((Long) r[0], (String) r[1]));
    List<ShipmentView.Item> items =
        carried.stream()
            .map(
                i ->
                    new ShipmentView.Item(
                        i.getOrderId(), numbers.get(i.getOrderId()), i.getPieces()))
            .toList();
    List<ShipmentView.ParcelLink> parcels =
        records.parcels(s.getId()).stream()
            .map(
                p ->
                    new ShipmentView.ParcelLink(
                        p.getTrackingNumber(), m.trackingLink(p.getTrackingNumber())))
            .toList();
    return new ShipmentView(s, m, items, parcels);
  }
}
