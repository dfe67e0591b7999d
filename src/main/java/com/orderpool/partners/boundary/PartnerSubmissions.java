package com.orderpool.partners.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import com.orderpool.partners.boundary.BulkSubmission.Line;
import com.orderpool.partners.boundary.BulkSubmission.Outcome;
import com.orderpool.partners.control.Countdowns;
import com.orderpool.partners.control.Submissions;
import com.orderpool.partners.entity.Partner;
import com.orderpool.partners.entity.PartnerSubmission;
import com.orderpool.tenancy.Allow;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Passing orders to partners: Submit one order to one partner, Bulk Submit (each selected order to
 * every active partner whose rule takes it, each order in a transaction of its own; pairs already
 * submitted are skipped), and Resubmit, the only way to send a submitted order again, which the
 * order's history records. Staff and admins submit; accountants only see where submissions stand.
 */
@Allow({TENANT_ADMIN, STAFF})
@Stateless
public class PartnerSubmissions {
  private static final Logger LOG = Logger.getLogger(PartnerSubmissions.class.getName());

  @Inject Submissions submissions;
  @Inject Countdowns countdowns;
  @Inject OrderStore orders;
  @Resource SessionContext context;

  /** The order's countdown to its automatic submission; null when none runs. */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public CountdownView countdown(long orderId) {
    orders.withLines(orderId); // another tenant's order is not found
    return countdowns.of(orderId).map(CountdownView::of).orElse(null);
  }

  /**
   * The order's partners for its dashboard: the active ones whose rule takes it and every one it
   * was submitted to, with where each submission stands. Another tenant's order is not found.
   */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public List<PartnerStatus> ofOrder(long orderId) {
    Order order = orders.withLines(orderId);
    Map<Long, PartnerSubmission> done = new HashMap<>();
    submissions.ofOrders(List.of(orderId)).forEach(s -> done.put(s.getPartnerId(), s));
    List<PartnerStatus> out = new ArrayList<>();
    for (Partner p : submissions.partners()) {
      boolean takes = p.takes(order);
      PartnerSubmission s = done.get(p.getId());
      if (s != null || (takes && !p.isRetired())) {
        out.add(status(orderId, p, takes, s));
      }
    }
    return out;
  }

  /**
   * Where the submissions of these orders stand, per order (orders without any are left out), for
   * the pool's column. Ids of another tenant's orders find nothing.
   */
  @Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
  public Map<Long, List<PartnerStatus>> ofOrders(@NotNull @Size(max = 500) List<Long> orderIds) {
    List<PartnerSubmission> found = submissions.ofOrders(orderIds);
    Map<Long, Partner> partners = new HashMap<>();
    if (!found.isEmpty()) {
      submissions.partners().forEach(p -> partners.put(p.getId(), p));
    }
    Map<Long, List<PartnerStatus>> out = new LinkedHashMap<>();
    for (PartnerSubmission s : found) {
      Partner p = partners.get(s.getPartnerId());
      out.computeIfAbsent(s.getOrderId(), k -> new ArrayList<>())
          .add(status(s.getOrderId(), p, true, s));
    }
    return out;
  }

  /**
   * Submits the order to the partner (Submitted, or Failed with the reason). An order already
   * submitted to it is refused: that takes a Resubmit. A cancelled order or a retired partner is
   * refused.
   */
  public PartnerStatus submit(long orderId, long partnerId) {
    Order order = orders.lockedWithLines(orderId);
    Partner partner = usable(order, partnerId);
    Optional<PartnerSubmission> before = submissions.find(orderId, partnerId);
    if (before.isPresent() && before.get().isSubmitted()) {
      throw BusinessException.of("partner.submit.already", order.getNumber(), partner.getName());
    }
    PartnerSubmission s = submissions.attempt(order, partner, false);
    orders.saved(order);
    return status(orderId, partner, partner.takes(order), s);
  }

  /**
   * Sends the order to the partner again, explicitly: the order's history records the Resubmit
   * (who, when, which partner). Only an order submitted (or failed) before can be resubmitted.
   */
  public PartnerStatus resubmit(long orderId, long partnerId) {
    Order order = orders.lockedWithLines(orderId);
    Partner partner = usable(order, partnerId);
    if (submissions.find(orderId, partnerId).isEmpty()) {
      throw BusinessException.of("partner.resubmit.none", order.getNumber(), partner.getName());
    }
    PartnerSubmission s = submissions.attempt(order, partner, true);
    orders.saved(order);
    return status(orderId, partner, partner.takes(order), s);
  }

  /**
   * Bulk Submit: each order to every active partner whose rule takes it, each order in its own
   * transaction, so one that fails or is refused leaves the others. Pairs already submitted are
   * skipped (and reported); orders that no partner takes are reported.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BulkSubmission submitSelected(@NotNull @Size(min = 1, max = 500) List<Long> orderIds) {
    PartnerSubmissions self = context.getBusinessObject(PartnerSubmissions.class);
    List<Line> lines = new ArrayList<>();
    for (long id : orderIds) {
      try {
        lines.addAll(self.submitMatching(id));
      } catch (BusinessException e) {
        lines.add(new Line(id, null, null, Outcome.REFUSED, e.messageKey()));
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "order " + id + " not submitted to partners", e);
        lines.add(new Line(id, null, null, Outcome.REFUSED, "partner.bulk.failed"));
      }
    }
    return new BulkSubmission(lines);
  }

  /** One order of a Bulk Submit, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Line> submitMatching(long orderId) {
    Order order = orders.lockedWithLines(orderId);
    String number = order.getNumber();
    if (order.getPhase() == Phase.CANCELLED) {
      return List.of(new Line(orderId, number, null, Outcome.REFUSED, "partner.submit.cancelled"));
    }
    List<Partner> takers = submissions.takers(order);
    if (takers.isEmpty()) {
      return List.of(new Line(orderId, number, null, Outcome.NO_PARTNER, null));
    }
    List<Line> lines = new ArrayList<>();
    for (Partner p : takers) {
      Optional<PartnerSubmission> before = submissions.find(orderId, p.getId());
      if (before.isPresent() && before.get().isSubmitted()) {
        lines.add(new Line(orderId, number, p.getName(), Outcome.SKIPPED, null));
        continue;
      }
      PartnerSubmission s = submissions.attempt(order, p, false);
      lines.add(
          s.isSubmitted()
              ? new Line(orderId, number, p.getName(), Outcome.SUBMITTED, null)
              : new Line(orderId, number, p.getName(), Outcome.FAILED, s.getReason()));
    }
    orders.saved(order);
    return lines;
  }

  private Partner usable(Order order, long partnerId) {
    Partner partner = submissions.partner(partnerId);
    if (order.getPhase() == Phase.CANCELLED) {
      throw BusinessException.of("partner.submit.cancelled", order.getNumber());
    }
    if (partner.isRetired()) {
      throw BusinessException.of("partner.submit.retired", partner.getName());
    }
    return partner;
  }

  private static PartnerStatus status(long orderId, Partner p, boolean takes, PartnerSubmission s) {
    return new PartnerStatus(
        orderId,
        p.getId(),
        p.getName(),
        p.isRetired(),
        takes,
        s == null ? null : s.getStatus(),
        s == null ? null : s.getReason(),
        s == null ? null : s.getSubmittedAt(),
        s == null ? null : s.getSubmittedBy(),
        s == null ? 0 : s.getAttempts());
  }
}
