package com.orderpool.orders.boundary;

import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.OrderNumbering;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.Placement;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Places and reads the current tenant's orders. */
@Stateless
public class OrderService {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderNumbering numbering;
  @Inject Clock clock;
  @Inject StatusCatalog statuses;
  @Inject TenantSettings settings;
  @Inject OrderHistory history;

  /** Places an order from the backoffice; it lands in Pending Payment with the next number. */
  public Order create(@NotNull @Valid NewOrder cmd) {
    return place(cmd, Channel.BACKOFFICE, null);
  }

  /** Places an order from any channel; {@code clonedFrom} names the order it copies, if any. */
  public Order place(@NotNull @Valid NewOrder cmd, @NotNull Channel channel, String clonedFrom) {
    int quantity = Order.effectiveQuantity(cmd.getType(), cmd.getQuantity());
    Placement placement =
        new Placement(
            cmd.getType(),
            channel,
            cmd.getModel(),
            quantity,
            cmd.getCustomerName(),
            cmd.getCustomerEmail(),
            cmd.getLines().stream().map(LineInput::toSpec).toList(),
            cmd.getCustomizationCost(),
            cmd.getShippingCost(),
            vatRate(),
            settings.get("currency").orElse("EUR"),
            clonedFrom);
    OrderStatus initial = statuses.machine().require(Phase.PENDING_PAYMENT);
    long seq = numbering.next();
    Order order =
        Order.place(seq, db.tenantCode(), placement, initial, tenant.actor(), clock.instant());
    EntityManager em = db.em();
    em.persist(order);
    em.flush();
    history.record(
        order,
        "order",
        null,
        order.getNumber(),
        clonedFrom == null
            ? "created via " + channel.name().toLowerCase()
            : "cloned from " + clonedFrom);
    return order;
  }

  /** The tenant's VAT rate in percent, for order forms. */
  public BigDecimal vatRate() {
    return new BigDecimal(settings.get("vat.rate").orElse("0"));
  }

  public Order get(long id) {
    Order order = db.em().find(Order.class, id);
    if (order == null) {
      throw new NotFoundException("order", id);
    }
    order.getLines().size();
    return order;
  }

  public Order getByNumber(@NotNull String number) {
    return db.em()
        .createQuery("SELECT o FROM Order o WHERE o.number = :n", Order.class)
        .setParameter("n", number.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst()
        .map(o -> get(o.getId()))
        .orElseThrow(() -> new NotFoundException("order", number));
  }

  /** Newest first, filtered by free text on number, customer and model. */
  public List<Order> list(@NotNull PageRequest page) {
    return list(page, true);
  }

  /** A page of the pool; cancelled orders only when asked for. */
  public List<Order> list(@NotNull PageRequest page, boolean includeCancelled) {
    String order = " ORDER BY o.createdAt DESC, o.id DESC";
    if ("number".equals(page.sortField())) {
      order = " ORDER BY o.seq " + (page.ascending() ? "ASC" : "DESC");
    }
    TypedQuery<Order> q =
        db.em()
            .createQuery(
                "SELECT o FROM Order o LEFT JOIN FETCH o.status"
                    + where(page, includeCancelled)
                    + order,
                Order.class);
    bind(q, page, includeCancelled);
    return q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
  }

  public long count(String search) {
    return count(search, true);
  }

  public long count(String search, boolean includeCancelled) {
    PageRequest page = new PageRequest(0, 1, null, false, search);
    TypedQuery<Long> q =
        db.em()
            .createQuery(
                "SELECT COUNT(o) FROM Order o" + where(page, includeCancelled), Long.class);
    bind(q, page, includeCancelled);
    return q.getSingleResult();
  }

  private static String where(PageRequest page, boolean includeCancelled) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    if (page.search() != null) {
      w.append(" AND ").append(SEARCH);
    }
    if (!includeCancelled) {
      w.append(" AND o.phase <> :cancelled");
    }
    return w.toString();
  }

  private static void bind(TypedQuery<?> q, PageRequest page, boolean includeCancelled) {
    if (page.search() != null) {
      q.setParameter("p", page.likePattern());
    }
    if (!includeCancelled) {
      q.setParameter("cancelled", Phase.CANCELLED);
    }
  }

  public List<OrderHistoryEntry> history(long orderId) {
    return history.of(get(orderId));
  }

  private static final String SEARCH =
      "(LOWER(o.number) LIKE :p OR LOWER(o.customerName) LIKE :p OR LOWER(o.customerEmail) LIKE :p"
          + " OR LOWER(o.model) LIKE :p)";
}
