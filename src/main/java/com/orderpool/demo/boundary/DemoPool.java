package com.orderpool.demo.boundary;

import com.orderpool.core.Address;
import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.Retailers;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.shipping.boundary.Shipments;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.shipping.entity.Shipment;
import com.orderpool.shipping.entity.ShippingMethod;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantSchema;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Places one demo order and lives its story through the services (payments, production moves, hold,
 * cancellation), then dates it back so that the pool spans the last 90 days: older orders are
 * mostly shipped or completed, recent ones wait for payment or are in production. System work only:
 * the demo seeding calls it while a new demo tenant is set up.
 */
@Allow
@Stateless
public class DemoPool {
  private static final List<String> PRODUCTION =
      List.of("received", "cut", "sewing", "finishing", "quality_check", "packed");

  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject StatusSettings statuses;
  @Inject Payments payments;
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject CustomerService customers;
  @Inject Shipments shipments;
  @Inject ShippingMethods methods;
  @Inject Retailers retailers;

  /** The demo retailers: who passes orders on, at what commission. */
  static final List<String[]> RETAILERS =
      List.of(
          new String[] {"ZAPATOS", "Zapatos Online SL", "pedidos@zapatos-online.example", "8.50"},
          new String[] {"SHOEBOX", "Shoebox Marketplace Ltd", "partners@shoebox.example", "12.25"});

  /** Adds the demo retailers (before the orders, a third of which come from them). */
  public void retailers() {
    for (String[] r : RETAILERS) {
      retailers.save(null, r[0], r[1], r[2], new java.math.BigDecimal(r[3]));
    }
  }

  /** What becomes of a demo order. */
  enum Fate {
    UNPAID,
    PART_PAID,
    QUEUED,
    IN_PRODUCTION,
    ON_HOLD,
    SHIPPED,
    COMPLETED,
    CANCELLED_UNPAID,
    CANCELLED_PAID
  }

  /** Order {@code index} of {@code count} (0 is the oldest): placed, paid, moved and dated. */
  public Order story(int index, int count) {
    Random r = new Random(7919L * index + db.tenantCode().hashCode());
    DemoCatalog.Customer customer = DemoCatalog.customer(r);
    DemoCatalog.Model model = DemoCatalog.model(r);
    NewOrder cmd = command(r, customer, model);
    cmd.setShippingMethodId(chosenMethod(index).getId());
    if (index % 3 == 0 && !retailers.active().isEmpty()) {
      cmd.setRetailer(RETAILERS.get(index / 3 % RETAILERS.size())[0]);
    }
    Order order = orders.create(cmd);
    String vatId = DemoCatalog.vatId(customer);
    if (vatId != null && order.getCustomerId() != null) {
      customers.setVatId(order.getCustomerId(), vatId);
    }
    Fate fate = fate(r, index, count);
    order = live(order, fate, r);
    long daysAgo = Math.max(1, 90L - 90L * index / count);
    backdate(order.getId(), daysAgo, fate);
    return order;
  }

  private static NewOrder command(
      Random r, DemoCatalog.Customer customer, DemoCatalog.Model model) {
    boolean bulk = r.nextInt(8) == 0;
    int quantity = bulk ? 12 + 6 * r.nextInt(4) : 1;
    NewOrder cmd =
        new NewOrder(
            bulk ? OrderType.BULK : OrderType.MTO,
            model.name(),
            quantity,
            customer.name(),
            customer.email());
    cmd.setBilling(
        new Address(
            customer.name(), customer.street(), customer.postalCode(), customer.city(), "ES"));
    cmd.setCustomerPhone(customer.phone());
    cmd.setCustomerLanguage(customer.language());
    String size = bulk ? ", assorted sizes" : ", size " + (37 + r.nextInt(9));
    LineInput line =
        new LineInput(
            model.sku(), model.name() + ", " + model.leather() + size, quantity, model.price());
    if (r.nextInt(3) == 0) {
      line.setPersonalisation("Initials " + customer.initials() + " embossed on the insole");
    }
    List<LineInput> lines = new java.util.ArrayList<>(List.of(line));
    if (!bulk && r.nextInt(6) == 0) {
      LineInput trees = new LineInput("TREE-C", "Cedar shoe trees", 1, BigDecimal.ZERO);
      trees.setFree(true);
      lines.add(trees);
    }
    cmd.setLines(lines);
    cmd.setShippingCost(bulk ? new BigDecimal("35.00") : new BigDecimal("12.50"));
    return cmd;
  }

  /** Older orders have mostly ended; the newest mostly wait for payment or production. */
  static Fate fate(Random r, int index, int count) {
    int roll = r.nextInt(100);
    double age = (double) index / count;
    if (index % 25 == 3) {
      // every demo tenant shows at least one paid cancellation with its credit note
      return Fate.CANCELLED_PAID;
    }
    if (index % 25 == 13) {
      // and at least one order on hold
      return Fate.ON_HOLD;
    }
    if (age < 0.4) {
      return roll < 55
          ? Fate.COMPLETED
          : roll < 75
              ? Fate.SHIPPED
              : roll < 87 ? Fate.CANCELLED_PAID : roll < 95 ? Fate.CANCELLED_UNPAID : Fate.ON_HOLD;
    }
    if (age < 0.7) {
      return roll < 55
          ? Fate.IN_PRODUCTION
          : roll < 75
              ? Fate.SHIPPED
              : roll < 85 ? Fate.QUEUED : roll < 93 ? Fate.ON_HOLD : Fate.UNPAID;
    }
    return roll < 45
        ? Fate.UNPAID
        : roll < 60 ? Fate.PART_PAID : roll < 80 ? Fate.QUEUED : Fate.IN_PRODUCTION;
  }

  private Order live(Order order, Fate fate, Random r) {
    long id = order.getId();
    switch (fate) {
      case UNPAID -> {
        return order;
      }
      case PART_PAID -> {
        return pay(order, half(order.getTotal()), r);
      }
      case CANCELLED_UNPAID -> {
        return workflow.cancel(id, "The customer changed their mind", null, order.getVersion());
      }
      default -> {
        // every other fate starts with the order paid in full: it goes to production by itself
      }
    }
    Order paid = pay(order, order.getTotal(), r);
    return switch (fate) {
      case QUEUED -> paid;
      case IN_PRODUCTION -> moveThrough(paid, PRODUCTION.subList(0, 1 + r.nextInt(6)));
      case ON_HOLD -> {
        Order cut = moveThrough(paid, PRODUCTION.subList(0, 2));
        yield workflow.hold(
            id, "The customer asked to wait for the new sole colour", cut.getVersion());
      }
      case CANCELLED_PAID -> {
        Order received = moveThrough(paid, PRODUCTION.subList(0, 1));
        yield workflow.cancel(
            id,
            "Leather batch failed quality control",
            "We are sorry: the leather for your pair did not pass our quality check, so we"
                + " cannot make it this season. The amount below will be refunded.",
            null,
            received.getVersion());
      }
      case SHIPPED -> ship(moveThrough(paid, PRODUCTION), r, false);
      case COMPLETED -> ship(moveThrough(paid, PRODUCTION), r, true);
      default -> paid;
    };
  }

  /** The method the customer chose: mostly the tenant's first (standard), else its last. */
  private ShippingMethod chosenMethod(int index) {
    List<ShippingMethod> offered = methods.active();
    return offered.get(index % 10 < 7 ? 0 : offered.size() - 1);
  }

  /**
   * Ships a made order as staff do: with the method its customer chose, one or two parcels with
   * tracking numbers, Sent; and Delivered when {@code delivered}.
   */
  private Order ship(Order order, Random r, boolean delivered) {
    long method = order.getTracking().getMethodId();
    StringBuilder tracking = new StringBuilder();
    for (int p = 0; p < (r.nextInt(5) == 0 ? 2 : 1); p++) {
      tracking.append(String.format("PK%09dES%n", r.nextInt(1_000_000_000)));
    }
    Shipment s = shipments.schedule(order.getId(), method, tracking.toString(), null, null);
    shipments.send(s.getId());
    if (delivered) {
      shipments.deliver(s.getId());
    }
    return orders.get(order.getId());
  }

  private Order pay(Order order, BigDecimal amount, Random r) {
    PaymentMethod method =
        List.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CARD_TERMINAL, PaymentMethod.CASH)
            .get(r.nextInt(3));
    PaymentInput in = new PaymentInput(method, amount, LocalDate.now(clock));
    if (method == PaymentMethod.BANK_TRANSFER) {
      in.setReference("TRF-" + (100000 + r.nextInt(900000)));
    }
    return payments.record(order.getId(), in, order.getVersion());
  }

  private Order moveThrough(Order order, List<String> codes) {
    List<OrderStatus> all = statuses.list();
    Order current = order;
    for (String code : codes) {
      OrderStatus target =
          all.stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
      current = workflow.moveTo(current.getId(), target.getId(), current.getVersion());
    }
    return current;
  }

  /**
   * Dates the order back: placed {@code daysAgo} days ago, paid and launched the next day, shipped
   * twelve days after it was placed (or yesterday), cancelled two days after; its history, payments
   * and invoices move with it.
   */
  private void backdate(long orderId, long daysAgo, Fate fate) {
    Instant now = clock.instant();
    Instant placed =
        now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(37 * (orderId % 17)));
    Instant paid = placed.plus(Duration.ofDays(1).plusHours(3));
    long shipDays = Math.max(1, Math.min(12, daysAgo - 1));
    Instant shipped = placed.plus(Duration.ofDays(shipDays));
    long shiftSeconds = Duration.between(placed, now).getSeconds();
    var em = db.em();
    em.flush();
    String t = "`" + TenantSchema.of(db.tenantCode()) + "`.";
    em.createNativeQuery(
            "UPDATE "
                + t
                + "customer_order SET created_at = ?, paid_at = IF(paid_at IS NULL, NULL, ?),"
                + " wip_start_at = IF(wip_start_at IS NULL, NULL, ?),"
                + " shipped_at = IF(shipped_at IS NULL, NULL, ?),"
                + " cancelled_at = IF(cancelled_at IS NULL, NULL, ?) WHERE id = ?")
        .setParameter(1, placed)
        .setParameter(2, paid)
        .setParameter(3, paid)
        .setParameter(4, shipped)
        .setParameter(5, placed.plus(Duration.ofDays(2)))
        .setParameter(6, orderId)
        .executeUpdate();
    for (String sql :
        List.of(
            "UPDATE " + t + "order_history SET at = at - INTERVAL ? SECOND WHERE order_id = ?",
            "UPDATE "
                + t
                + "payment SET created_at = created_at - INTERVAL ? SECOND,"
                + " received_on = DATE(created_at) WHERE order_id = ?",
            "UPDATE "
                + t
                + "invoice SET issued_at = issued_at - INTERVAL ? SECOND WHERE order_id = ?")) {
      em.createNativeQuery(sql)
          .setParameter(1, shiftSeconds)
          .setParameter(2, orderId)
          .executeUpdate();
    }
    Instant delivered = shipped.plus(Duration.ofDays(3));
    em.createNativeQuery(
            "UPDATE "
                + t
                + "shipment SET created_at = ?, sent_at = IF(sent_at IS NULL, NULL, ?),"
                + " delivered_at = IF(delivered_at IS NULL, NULL, ?) WHERE id IN"
                + " (SELECT shipment_id FROM "
                + t
                + "shipment_item WHERE order_id = ?)")
        .setParameter(1, shipped.minus(Duration.ofHours(20)))
        .setParameter(2, shipped)
        .setParameter(3, delivered.isAfter(now) ? now : delivered)
        .setParameter(4, orderId)
        .executeUpdate();
  }

  private static BigDecimal half(BigDecimal total) {
    return total.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
  }

  private static List<String> concat(List<String> codes, String code) {
    List<String> all = new java.util.ArrayList<>(codes);
    all.add(code);
    return all;
  }
}
