package com.orderpool.orders.boundary;

import com.orderpool.core.NotFoundException;
import com.orderpool.core.PageRequest;
import com.orderpool.orders.control.OrderNumbering;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/** Places and reads the current tenant's orders. */
@Stateless
public class OrderService {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderNumbering numbering;
  @Inject Clock clock;

  /** Places an order from the backoffice; it lands in Pending Payment with the next number. */
  public Order create(@NotNull @Valid NewOrder cmd) {
    return place(cmd, Channel.BACKOFFICE);
  }

  public Order place(@NotNull @Valid NewOrder cmd, @NotNull Channel channel) {
    int quantity = Order.effectiveQuantity(cmd.getType(), cmd.getQuantity());
    EntityManager em = db.em();
    long seq = numbering.next();
    Order order =
        Order.place(
            seq,
            db.tenantCode(),
            cmd.getType(),
            channel,
            cmd.getModel(),
            quantity,
            cmd.getCustomerName(),
            cmd.getCustomerEmail(),
            tenant.actor(),
            clock.instant());
    em.persist(order);
    em.flush();
    em.persist(
        new OrderHistoryEntry(
            order.getId(),
            order.getCreatedAt(),
            order.getCreatedBy(),
            "order",
            null,
            order.getNumber(),
            "created via " + channel.name().toLowerCase()));
    return order;
  }

  public Order get(long id) {
    Order order = db.em().find(Order.class, id);
    if (order == null) {
      throw new NotFoundException("order", id);
    }
    return order;
  }

  public Order getByNumber(@NotNull String number) {
    return db.em()
        .createQuery("SELECT o FROM Order o WHERE o.number = :n", Order.class)
        .setParameter("n", number.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("order", number));
  }

  /** Newest first, filtered by free text on number, customer and model. */
  public List<Order> list(@NotNull PageRequest page) {
    String where = page.search() == null ? "" : " WHERE " + SEARCH;
    String order = " ORDER BY o.createdAt DESC, o.id DESC";
    if ("number".equals(page.sortField())) {
      order = " ORDER BY o.seq " + (page.ascending() ? "ASC" : "DESC");
    }
    TypedQuery<Order> q = db.em().createQuery("SELECT o FROM Order o" + where + order, Order.class);
    if (page.search() != null) {
      q.setParameter("p", page.likePattern());
    }
    return q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
  }

  public long count(String search) {
    PageRequest page = new PageRequest(0, 1, null, false, search);
    String where = page.search() == null ? "" : " WHERE " + SEARCH;
    TypedQuery<Long> q = db.em().createQuery("SELECT COUNT(o) FROM Order o" + where, Long.class);
    if (page.search() != null) {
      q.setParameter("p", page.likePattern());
    }
    return q.getSingleResult();
  }

  public List<OrderHistoryEntry> history(long orderId) {
    get(orderId);
    return db.em()
        .createQuery(
            "SELECT h FROM OrderHistoryEntry h WHERE h.orderId = :id ORDER BY h.at, h.id",
            OrderHistoryEntry.class)
        .setParameter("id", orderId)
        .getResultList();
  }

  private static final String SEARCH =
      "(LOWER(o.number) LIKE :p OR LOWER(o.customerName) LIKE :p OR LOWER(o.customerEmail) LIKE :p"
          + " OR LOWER(o.model) LIKE :p)";
}
