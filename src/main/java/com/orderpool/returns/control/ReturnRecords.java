package com.orderpool.returns.control;

import com.orderpool.core.NotFoundException;
import com.orderpool.returns.entity.OrderReturn;
import com.orderpool.returns.entity.ReturnAction;
import com.orderpool.returns.entity.ReturnLine;
import com.orderpool.returns.entity.ReturnStatus;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes a tenant's returns with their lines. */
@ApplicationScoped
public class ReturnRecords {
  @Inject TenantDatabase db;
  @Inject Event<ReturnCreated> created;

  /** A return with its lines; an unknown id, or another tenant's, is not found. */
  public OrderReturn get(long id) {
    OrderReturn r = db.em().find(OrderReturn.class, id);
    if (r == null) {
      throw new NotFoundException("return", id);
    }
    return withLines(List.of(r)).get(0);
  }

  /** A return locked for a change, so that two receipts of it run one after the other. */
  public OrderReturn forChange(long id) {
    OrderReturn r = db.em().find(OrderReturn.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      throw new NotFoundException("return", id);
    }
    db.em().refresh(r);
    return withLines(List.of(r)).get(0);
  }

  /** Saves a new return and its lines (given with return id 0). */
  public OrderReturn create(OrderReturn r, List<ReturnLine> lines) {
    db.em().persist(r);
    db.em().flush();
    for (ReturnLine l : lines) {
      db.em()
          .persist(
              new ReturnLine(
                  r.getId(),
                  l.getOrderLineId(),
                  l.getLineNo(),
                  l.getSku(),
                  l.getDescription(),
                  l.getQuantity(),
                  l.getUnitPrice(),
                  l.getReason(),
                  l.getAction()));
    }
    db.em().flush();
    OrderReturn saved = withLines(List.of(r)).get(0);
    created.fire(new ReturnCreated(saved));
    return saved;
  }

  /** An order's returns, newest first, with their lines. */
  public List<OrderReturn> ofOrder(long orderId) {
    return withLines(
        db.em()
            .createQuery(
                "SELECT r FROM OrderReturn r WHERE r.orderId = :o"
                    + " ORDER BY r.createdAt DESC, r.id DESC",
                OrderReturn.class)
            .setParameter("o", orderId)
            .getResultList());
  }

  /**
   * Pieces of each order line that earlier returns take back. Repair pieces of a received return
   * are not counted: they came back to be shipped again, and count as not sent until then.
   */
  public Map<Long, Integer> returnedPerLine(long orderId) {
    Map<Long, Integer> taken = new HashMap<>();
    for (OrderReturn r : ofOrder(orderId)) {
      for (ReturnLine l : r.getLines()) {
        if (l.getAction() == ReturnAction.REPAIR && r.getReceivedAt() != null) {
          continue;
        }
        taken.merge(l.getOrderLineId(), l.getQuantity(), Integer::sum);
      }
    }
    return taken;
  }

  /** What the Returns page filters by; nulls match everything. {@code to} is exclusive. */
  public record Filter(ReturnStatus status, String reason, Instant from, Instant to) {}

  /** Returns matching a filter, newest first, at most {@code max}, with their lines. */
  public List<OrderReturn> search(Filter f, int max) {
    StringBuilder jpql = new StringBuilder("SELECT r FROM OrderReturn r WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (f.status() != null) {
      jpql.append(" AND r.status = :status");
      params.put("status", f.status());
    }
    if (f.reason() != null && !f.reason().isBlank()) {
      jpql.append(" AND r.id IN (SELECT l.returnId FROM ReturnLine l WHERE l.reason = :reason)");
      params.put("reason", f.reason());
    }
    if (f.from() != null) {
      jpql.append(" AND r.createdAt >= :from");
      params.put("from", f.from());
    }
    if (f.to() != null) {
      jpql.append(" AND r.createdAt < :to");
      params.put("to", f.to());
    }
    jpql.append(" ORDER BY r.createdAt DESC, r.id DESC");
    TypedQuery<OrderReturn> q = db.em().createQuery(jpql.toString(), OrderReturn.class);
    params.forEach(q::setParameter);
    return withLines(q.setMaxResults(max).getResultList());
  }

  private List<OrderReturn> withLines(List<OrderReturn> returns) {
    if (returns.isEmpty()) {
      return returns;
    }
    List<Long> ids = returns.stream().map(OrderReturn::getId).toList();
    List<ReturnLine> lines =
        db.em()
            .createQuery(
                "SELECT l FROM ReturnLine l WHERE l.returnId IN :ids ORDER BY l.lineNo, l.id",
                ReturnLine.class)
            .setParameter("ids", ids)
            .getResultList();
    Map<Long, List<ReturnLine>> byReturn = new HashMap<>();
    lines.forEach(l -> byReturn.computeIfAbsent(l.getReturnId(), k -> new ArrayList<>()).add(l));
    returns.forEach(r -> r.attachLines(byReturn.getOrDefault(r.getId(), List.of())));
    return returns;
  }
}
