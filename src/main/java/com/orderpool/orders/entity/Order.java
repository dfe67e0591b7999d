package com.orderpool.orders.entity;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * An order of one tenant. New orders wait for payment; MTO orders are always quantity 1. Status
 * moves, holds and cancellation are methods here, so their invariants live with the data.
 */
@Entity
@Table(name = "customer_order")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Order extends PayableOrder {
  private static final long serialVersionUID = 1L;

  public static final int MIN_BULK_QUANTITY = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /*
   * The status columns are written as plain values; the relationships only read them. A mapped
   * foreign key between tenant entities was sometimes left out of concurrent inserts on a tenant's
   * first use (as with the order lines).
   */
  @Column(name = "status_id")
  private Long statusId;

  @Column(name = "held_from_status_id")
  private Long heldFromId;

  @ManyToOne
  @JoinColumn(name = "status_id", insertable = false, updatable = false)
  private OrderStatus status;

  @ManyToOne
  @JoinColumn(name = "held_from_status_id", insertable = false, updatable = false)
  private OrderStatus heldFrom;

  /**
   * The order's lines. Loaded by the boundary ({@link #attachLines}) and written by it ({@link
   * #linesToPersist}) rather than mapped as a relationship: a relationship's foreign key was
   * sometimes left out of concurrent inserts on a tenant's first use.
   */
  @Transient private OrderLines lines = new OrderLines();

  @Version private long version;

  protected Order() {}

  /** Checks an order's quantity: MTO is always exactly 1, BULK needs at least 2. */
  public static int effectiveQuantity(OrderType type, int requested) {
    if (type == OrderType.MTO) {
      if (requested != 1) {
        throw new BusinessException("quantity", "order.mto.quantity");
      }
      return 1;
    }
    if (requested < MIN_BULK_QUANTITY) {
      throw new BusinessException("quantity", "order.bulk.minQuantity", MIN_BULK_QUANTITY);
    }
    return requested;
  }

  /** Formats an order number: sequence, dash, company code, e.g. {@code 10001-BFG}. */
  public static String formatNumber(long seq, String companyCode) {
    return seq + "-" + companyCode;
  }

  public static Order place(
      long seq, String companyCode, Placement p, OrderStatus initial, String actor, Instant now) {
    if (initial.getPhase() != Phase.PENDING_PAYMENT) {
      throw new IllegalArgumentException("new orders start in a Pending Payment status");
    }
    Order o = new Order();
    o.seq = seq;
    o.number = formatNumber(seq, companyCode);
    o.type = p.type();
    o.channel = p.channel();
    o.model = p.model().strip();
    o.quantity = effectiveQuantity(p.type(), p.quantity());
    o.customerName = p.customerName().strip();
    o.customerEmail = p.customerEmail().strip().toLowerCase(Locale.ROOT);
    o.setStatus(initial);
    o.phase = initial.getPhase();
    o.paymentStatus = PaymentStatus.UNPAID;
    o.currency = p.currency();
    o.clonedFrom = p.clonedFrom();
    o.replaces = p.replaces();
    o.createdAt = now;
    o.createdBy = actor;
    o.lines =
        OrderLines.numbered(
            p.lines().isEmpty()
                ? List.of(new LineSpec("", o.model, o.quantity, BigDecimal.ZERO, null))
                : p.lines());
    if (!p.lines().isEmpty()) {
      requireLinesMatch(o.type, o.quantity, p.lines());
    }
    o.applyCosts(
        CostSummary.of(o.lines.amounts(), p.customizationCost(), p.shippingCost(), p.vatRate()));
    if (o.replaces == null) {
      o.requirePositiveTotal();
    } else {
      o.paymentStatus = PaymentStatus.PAID; // a replacement has nothing to pay
    }
    return o;
  }

  /** A BULK order's quantity is the number of pieces on its lines. */
  private static void requireLinesMatch(OrderType type, int quantity, List<LineSpec> lines) {
    int pieces = lines.stream().mapToInt(LineSpec::quantity).sum();
    if (type == OrderType.BULK && pieces != quantity) {
      throw new BusinessException("quantity", "order.quantity.linesSum", quantity, pieces);
    }
  }

  /** Nothing to pay is no order: a zero total means a line without its price. */
  private void requirePositiveTotal() {
    if (getTotal().signum() <= 0) {
      throw BusinessException.of("order.total.zero");
    }
  }

  /** Records the matched customer and the order's own copies of its contact and addresses. */
  public void recordCustomer(
      long customerId,
      String phone,
      String company,
      String language,
      Address billing,
      Address shipping) {
    this.customerId = customerId;
    this.customerLanguage = blankToNull(language);
    this.customerPhone = blankToNull(phone);
    this.customerCompany = blankToNull(company);
    this.billing = billing.normalised();
    this.shipping = (shipping == null ? billing : shipping).normalised();
  }

  /** Lines, quantities and costs change only before production: Pending Payment or On Hold. */
  public boolean isLinesEditable() {
    return phase == Phase.PENDING_PAYMENT || phase == Phase.ON_HOLD;
  }

  /** Addresses change until the order ends; after the lines lock, only with a reason. */
  public boolean isAddressEditable() {
    return phase != Phase.CANCELLED
        && phase != Phase.COMPLETED
        && phase != Phase.REFUNDED
        && phase != Phase.FAILED;
  }

  /**
   * Replaces the addresses; returns the names of the ones that changed. Once the order is past
   * Pending Payment / On Hold, a reason is required.
   */
  public List<String> changeAddresses(Address newBilling, Address newShipping, String reason) {
    if (!isAddressEditable()) {
      throw BusinessException.of("order.edit.addressLocked", phase);
    }
    if (!isLinesEditable() && (reason == null || reason.isBlank())) {
      throw new BusinessException("editReason", "order.edit.reasonRequired");
    }
    Address b = newBilling.normalised();
    Address sh = (newShipping == null ? newBilling : newShipping).normalised();
    List<String> changed = new ArrayList<>();
    if (!b.equals(billing)) {
      changed.add("billingAddress");
    }
    if (!sh.equals(shipping)) {
      changed.add("shippingAddress");
    }
    billing = b;
    shipping = sh;
    return changed;
  }

  /**
   * Edits the lines (a null id adds a line, a missing id removes one), the quantity and the costs,
   * and recomputes the totals at the order's VAT rate. Only before production.
   */
  public LineChanges editLines(
      List<LineEdit> edits, int newQuantity, BigDecimal customization, BigDecimal shippingCost) {
    if (!isLinesEditable()) {
      throw BusinessException.of("order.edit.linesLocked");
    }
    if (edits.isEmpty()) {
      throw BusinessException.of("order.edit.oneLine");
    }
    int qty = effectiveQuantity(type, newQuantity);
    requireLinesMatch(type, qty, edits.stream().map(LineEdit::spec).toList());
    LineChanges changes = lines.edit(id, edits);
    quantity = qty;
    applyCosts(CostSummary.of(lines.amounts(), customization, shippingCost, vatRate));
    requirePositiveTotal();
    return changes;
  }

  /** The lines an edit added (to persist) and removed (to delete). */
  public record LineChanges(List<OrderLine> added, List<OrderLine> removed) {}

  /** One line of an edit: the id of the line it changes, or null for a new line. */
  public record LineEdit(Long lineId, LineSpec spec) {}

  /** A one-line summary of the lines, for history. */
  public String linesSummary() {
    return lines.summary();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Moves to another status (validated by the caller's status machine); returns the old one. An
   * order waiting for payment leaves it only when paid in full (seed 004: no production before
   * payment); it then goes to production by itself.
   */
  public OrderStatus moveTo(OrderStatus target, Instant now) {
    return moveTo(target, now, false);
  }

  /** A move that may take an unpaid order into production {@code onAccount} (pays later). */
  public OrderStatus moveTo(OrderStatus target, Instant now, boolean onAccount) {
    if (waitsForMoneyBefore(target, onAccount)) {
      throw new BusinessException(
          "status", "order.move.unpaid", number, balanceDue().toPlainString(), currency);
    }
    OrderStatus old = status;
    setStatus(target);
    phase = target.getPhase();
    if (phase == Phase.IN_PRODUCTION && wipStartAt == null) {
      wipStartAt = now;
    }
    if (phase == Phase.SHIPPED && shippedAt == null) {
      shippedAt = now;
    }
    return old;
  }

  /** Launches a fully paid order into production (its first production status); never unpaid. */
  public OrderStatus launch(OrderStatus firstInProduction, Instant now) {
    if (!isLaunchable() || firstInProduction.getPhase() != Phase.IN_PRODUCTION) {
      throw BusinessException.of("payment.launch.unpaid", number);
    }
    return moveTo(firstInProduction, now);
  }

  /** Joins a group (or leaves it, with null) with its share of shipping; the totals follow. */
  public void regroup(Long group, BigDecimal shipping) {
    changeGroup(group, shipping);
    applyCosts(CostSummary.of(lines.amounts(), customizationCost, shipping, vatRate));
  }

  public void hold(OrderStatus onHold) {
    if (phase == Phase.ON_HOLD) {
      throw BusinessException.of("order.alreadyOnHold");
    }
    setHeldFrom(status);
    setStatus(onHold);
    phase = onHold.getPhase();
  }

  /** Releases a hold back to the status the order was in; returns it. */
  public OrderStatus release() {
    if (phase != Phase.ON_HOLD || heldFrom == null) {
      throw BusinessException.of("order.notOnHold");
    }
    setStatus(heldFrom);
    phase = heldFrom.getPhase();
    setHeldFrom(null);
    return status;
  }

  /**
   * Cancels the order: the reason is internal; the message (optional) is for the customer and goes
   * out with the cancellation e-mail.
   */
  public void cancel(
      OrderStatus cancelled,
      String reason,
      String customerMessage,
      BigDecimal fee,
      BigDecimal credit,
      Instant now) {
    String why = CancelTexts.reason(reason);
    cancelMessage = CancelTexts.message(customerMessage);
    setStatus(cancelled);
    phase = Phase.CANCELLED;
    setHeldFrom(null);
    cancelledAt = now;
    cancelReason = why;
    cancelFee = fee;
    pendingCredit = credit.signum() > 0 ? credit : null;
  }

  @Override
  void setStatus(OrderStatus s) {
    status = s;
    statusId = s == null ? null : s.getId();
  }

  private void setHeldFrom(OrderStatus s) {
    heldFrom = s;
    heldFromId = s == null ? null : s.getId();
  }

  public boolean isOnHold() {
    return phase == Phase.ON_HOLD;
  }

  /** Only orders waiting for payment or in production can be put on hold. */
  public boolean isHoldable() {
    return phase == Phase.PENDING_PAYMENT || phase == Phase.IN_PRODUCTION;
  }

  /** Orders that have not shipped or ended can be cancelled (the fee policy decides the cost). */
  public boolean isCancellable() {
    return phase == Phase.PENDING_PAYMENT || phase == Phase.ON_HOLD || phase == Phase.IN_PRODUCTION;
  }

  /** The status whose rules apply now: for an order on hold, the one it was held from. */
  public OrderStatus effectiveStatus() {
    return phase == Phase.ON_HOLD && heldFrom != null ? heldFrom : status;
  }

  /** Calendar days since the order entered production, until shipped; null before production. */
  public Long daysInProduction(Instant now, ZoneId zone) {
    if (wipStartAt == null) {
      return null;
    }
    LocalDate start = wipStartAt.atZone(zone).toLocalDate();
    LocalDate end = (shippedAt != null ? shippedAt : now).atZone(zone).toLocalDate();
    return ChronoUnit.DAYS.between(start, end);
  }

  public List<LineSpec> lineSpecs() {
    return lines.specs();
  }

  public Long getId() {
    return id;
  }

  @Override
  public OrderStatus getStatus() {
    return status;
  }

  public OrderStatus getHeldFrom() {
    return heldFrom;
  }

  /** The lines of a newly placed order, bound to its id; call after the order is flushed. */
  public List<OrderLine> linesToPersist() {
    if (id == null) {
      throw new IllegalStateException("flush the order first");
    }
    return lines.bindTo(id);
  }

  public void attachLines(List<OrderLine> loaded) {
    lines.replace(loaded);
  }

  public List<OrderLine> getLines() {
    return lines.list();
  }

  public long getVersion() {
    return version;
  }
}
