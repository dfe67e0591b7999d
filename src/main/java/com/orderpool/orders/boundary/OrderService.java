package com.orderpool.orders.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.PLATFORM_ADMIN;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.ConflictException;
import com.orderpool.core.PageRequest;
import com.orderpool.customers.control.CustomerDirectory;
import com.orderpool.customers.entity.Customer;
import com.orderpool.orders.control.LineFiles;
import com.orderpool.orders.control.OrderActivity;
import com.orderpool.orders.control.OrderActivityQuery;
import com.orderpool.orders.control.OrderChanged;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.OrderNumbering;
import com.orderpool.orders.control.OrderPlaced;
import com.orderpool.orders.control.OrderSettingsValues;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.control.PoolFilter;
import com.orderpool.orders.control.PoolQuery;
import com.orderpool.orders.control.RetailerDirectory;
import com.orderpool.orders.control.StatusCatalog;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.orders.entity.Placement;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Places and reads the current tenant's orders. */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class OrderService {

  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderNumbering numbering;
  @Inject Clock clock;
  @Inject ZoneId zone;
  @Inject StatusCatalog statuses;
  @Inject OrderSettingsValues orderSettings;
  @Inject TenantProfile profile;
  @Inject OrderHistory history;
  @Inject Event<OrderChanged> changed;
  @Inject Event<OrderPlaced> placed;
  @Inject CustomerDirectory customers;
  @Inject OrderStore store;
  @Inject LineFiles lineFiles;
  @Inject OrderActivityQuery activityQuery;
  @Inject RetailerDirectory retailers;

  /**
   * Places an order from the backoffice; it lands in Pending Payment with the next number. A form
   * opened by Clone names its source: the new order records it, and the design and preview files of
   * the source lines it kept are copied to its lines.
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Order create(@NotNull @Valid NewOrder cmd) {
    if (cmd.getCloneOf() == null) {
      return place(cmd, Channel.BACKOFFICE, null);
    }
    Order source = get(cmd.getCloneOf());
    Order clone = place(cmd, source.getChannel(), source.getNumber());
    history.record(source, "clonedTo", null, clone.getNumber(), null);
    db.em().flush();
    lineFiles.copy(source, clone, cmd.getLines().stream().map(LineInput::getLineId).toList());
    return clone;
  }

  /** Places an order from any channel; {@code clonedFrom} names the order it copies, if any. */
  @Allow({TENANT_ADMIN, STAFF})
  public Order place(@NotNull @Valid NewOrder cmd, @NotNull Channel channel, String clonedFrom) {
    return placeOrder(cmd, channel, clonedFrom, null);
  }

  /**
   * Places a replacement for returned lines of order {@code replaces}: free lines, nothing to pay,
   * so it goes straight into production. It names the order it replaces, which records it.
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Order placeReplacement(@NotNull @Valid NewOrder cmd, @NotNull String replaces) {
    Order source = getByNumber(replaces);
    Order replacement = placeOrder(cmd, Channel.BACKOFFICE, null, source.getNumber());
    history.record(source, "replacement", null, replacement.getNumber(), null);
    return replacement;
  }

  private Order placeOrder(NewOrder cmd, Channel channel, String clonedFrom, String replaces) {
    int quantity = Order.effectiveQuantity(cmd.getType(), cmd.getQuantity());
    Placement placement =
        new Placement(
            cmd.getType(),
            channel,
            cmd.getModel(),
            quantity,
            cmd.getCustomerName(),
            cmd.getCustomerEmail(),
            LineInput.specs(cmd.getLines()),
            cmd.getCustomizationCost(),
            cmd.getShippingCost(),
            vatRate(),
            profile.currency(),
            clonedFrom,
            replaces);
    OrderStatus initial = statuses.require(Phase.PENDING_PAYMENT);
    requireNewReference(channel, cmd.getExternalReference());
    // read before the number is drawn: the counter row stays locked to the end of the transaction
    Retailer retailer = retailers.activeByCode(cmd.getRetailer(), "retailer");
    long seq = numbering.next();
    Order order =
        Order.place(seq, db.tenantCode(), placement, initial, tenant.actor(), clock.instant());
    Customer customer =
        customers.matchOrCreate(
            cmd.getCustomerEmail(),
            cmd.getCustomerName(),
            cmd.getCustomerPhone(),
            cmd.getCustomerCompany(),
            cmd.getCustomerLanguage(),
            cmd.getBilling(),
            cmd.getShipping(),
            order.getCreatedAt());
    order.recordCustomer(
        customer.getId(),
        cmd.getCustomerPhone(),
        cmd.getCustomerCompany(),
        cmd.getCustomerLanguage(),
        cmd.getBilling(),
        cmd.getShipping());
    order.getTracking().chooseMethod(cmd.getShippingMethodId());
    order.recordExternalReference(cmd.getExternalReference());
    order.comeFrom(retailer);
    EntityManager em = db.em();
    em.persist(order);
    em.flush();
    order.linesToPersist().forEach(em::persist);
    history.record(
        order,
        "order",
        null,
        order.getNumber(),
        replaces != null
            ? "replacement for " + replaces
            : clonedFrom == null
                ? "created via " + channel.name().toLowerCase()
                : "cloned from " + clonedFrom);
    changed.fire(new OrderChanged(db.tenantCode(), order.getNumber()));
    // observers check what is theirs in this transaction (shipping: the chosen method is offered)
    placed.fire(new OrderPlaced(order));
    return order;
  }

  /** An external reference names one order per channel (a unique index backs this check). */
  private void requireNewReference(Channel channel, String reference) {
    if (reference == null || reference.isBlank()) {
      return;
    }
    List<String> taken =
        db.em()
            .createQuery(
                "SELECT o.number FROM Order o WHERE o.channel = :c AND o.externalReference = :r",
                String.class)
            .setParameter("c", channel)
            .setParameter("r", reference.strip())
            .setMaxResults(1)
            .getResultList();
    if (!taken.isEmpty()) {
      throw new ConflictException(
          "externalReference", "order.externalReference.taken", reference.strip(), taken.get(0));
    }
  }

  /** The tenant's VAT rate in percent, for order forms. */
  public BigDecimal vatRate() {
    return orderSettings.vatRate();
  }

  public Order get(long id) {
    return store.withLines(id);
  }

  /** The order to change, if it is still at the version the caller saw; else a clear conflict. */
  @Allow({TENANT_ADMIN, STAFF})
  public Order forChange(long orderId, long expectedVersion) {
    Order order = get(orderId);
    if (order.getVersion() != expectedVersion) {
      throw new ConflictException(null, "order.changedMeanwhile", order.getNumber());
    }
    return order;
  }

  /** Writes a changed order now (a concurrent change becomes a clear conflict); pools refresh. */
  @Allow({TENANT_ADMIN, STAFF})
  public Order saved(Order order) {
    return store.saved(order);
  }

  public Order getByNumber(@NotNull String number) {
    return store.byNumber(number);
  }

  /** A page of the pool for a filter (the page's own search is ignored; the filter has one). */
  public List<Order> list(@NotNull PoolFilter filter, @NotNull PageRequest page) {
    statuses.all();
    return new PoolQuery(filter, zone).page(db.em(), page);
  }

  /** The page after a row of the pool (keyset paging for "next"). */
  public List<Order> listAfter(@NotNull PoolFilter filter, @NotNull PageKey key, int size) {
    statuses.all();
    return new PoolQuery(filter, zone).after(db.em(), key.createdAt(), key.id(), size);
  }

  /** The page before a row of the pool (keyset paging for "previous"). */
  public List<Order> listBefore(@NotNull PoolFilter filter, @NotNull PageKey key, int size) {
    statuses.all();
    return new PoolQuery(filter, zone).before(db.em(), key.createdAt(), key.id(), size);
  }

  /** The exact number of the tenant's orders (for the platform console). */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT, PLATFORM_ADMIN})
  public long total() {
    return db.em().createQuery("SELECT COUNT(o) FROM Order o", Long.class).getSingleResult();
  }

  /**
   * The tenant's order figures for the platform console's usage page: months given as instants,
   * {@code [lastMonth, thisMonth)} and {@code [thisMonth, nextMonth)}.
   */
  @Allow(PLATFORM_ADMIN)
  public OrderActivity activity(
      @NotNull Instant lastMonth, @NotNull Instant thisMonth, @NotNull Instant nextMonth) {
    return activityQuery.measure(lastMonth, thisMonth, nextMonth);
  }

  /** Matching orders, capped at {@link PoolQuery#COUNT_CAP} + 1 (the pool shows "10,000+"). */
  public long count(@NotNull PoolFilter filter) {
    return new PoolQuery(filter, zone).cappedCount(db.em());
  }

  /** A customer's orders, newest first, at most {@code max}. */
  public List<Order> ofCustomer(long customerId, int max) {
    statuses.all();
    return db.em()
        .createQuery(
            "SELECT o FROM Order o WHERE o.customerId = :c ORDER BY o.createdAt DESC, o.id DESC",
            Order.class)
        .setParameter("c", customerId)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many orders a customer placed, how many are still open, and their value. */
  public CustomerTotals customerTotals(long customerId) {
    List<Object[]> byPhase =
        db.em()
            .createQuery(
                "SELECT o.phase, COUNT(o), SUM(o.total) FROM Order o WHERE o.customerId = :c"
                    + " GROUP BY o.phase",
                Object[].class)
            .setParameter("c", customerId)
            .getResultList();
    Set<Phase> open = EnumSet.of(Phase.PENDING_PAYMENT, Phase.ON_HOLD, Phase.IN_PRODUCTION);
    long count = 0;
    long openCount = 0;
    BigDecimal value = BigDecimal.ZERO;
    for (Object[] r : byPhase) {
      Phase phase = (Phase) r[0];
      long n = ((Number) r[1]).longValue();
      count += n;
      if (open.contains(phase)) {
        openCount += n;
      }
      if (phase != Phase.CANCELLED && r[2] != null) {
        value = value.add(new BigDecimal(r[2].toString()));
      }
    }
    return new CustomerTotals(count, openCount, value, profile.currency());
  }

  /** A customer's order figures for the customer page. */
  public record CustomerTotals(long orders, long open, BigDecimal value, String currency)
      implements java.io.Serializable {}

  public List<OrderHistoryEntry> history(long orderId) {
    return history.of(get(orderId));
  }
}
