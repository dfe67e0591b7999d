package com.orderpool.imports.boundary;

import com.orderpool.imports.control.OrderRows;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportedOrder;
import com.orderpool.imports.entity.ImportedOrder.Outcome;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Channel;
import com.orderpool.orders.entity.Order;
import com.orderpool.shipping.boundary.ShippingMethods;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The import's transactions, one per order: the order is placed and its outcome recorded together,
 * so a job run again after its node stopped finds exactly the orders it settled; a rejected order's
 * errors and outcome are written together too. System work only: an import runs as the system,
 * named after who sent the file.
 */
@Allow
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportSteps {
  @Inject TenantDatabase db;
  @Inject OrderService orders;
  @Inject ShippingMethods methods;

  /** A bad row to keep: line, column (or null) and the message already in the job's language. */
  public record RowError(int line, String column, String message) {}

  /** The references this job has settled (created, duplicate or rejected). */
  public Set<String> settled(long jobId) {
    return new HashSet<>(
        db.em()
            .createQuery(
                "SELECT o.externalReference FROM ImportedOrder o WHERE o.jobId = :j", String.class)
            .setParameter("j", jobId)
            .getResultList());
  }

  /** Forgets the errors of rows that belong to no order (they are found again on a new run). */
  public void forgetLooseErrors(long jobId) {
    db.em()
        .createQuery("DELETE FROM ImportError e WHERE e.jobId = :j AND e.externalReference IS NULL")
        .setParameter("j", jobId)
        .executeUpdate();
  }

  /** Places the order and records it as created; answers its number. */
  public String place(long jobId, OrderRows rows, NewOrder cmd, String methodName) {
    if (methodName != null) {
      cmd.setShippingMethodId(methods.activeNamed(methodName, "shippingMethod"));
    }
    return place(jobId, rows.reference(), rows.firstLine(), cmd, Channel.CSV);
  }

  /**
   * Places an order that came by {@code channel} (a store's order: its id as the reference, its
   * place in the store's answer as the line) and records it as created; answers its number.
   */
  public String place(long jobId, String reference, int line, NewOrder cmd, Channel channel) {
    Order placed = orders.place(cmd, channel, null);
    db.em().persist(new ImportedOrder(jobId, reference, line, Outcome.CREATED, placed.getNumber()));
    return placed.getNumber();
  }

  /** Records that an order with this reference was already there. */
  public void duplicate(long jobId, OrderRows rows, String number) {
    duplicate(jobId, rows.reference(), rows.firstLine(), number);
  }

  /** Records that an order with this reference (at this line) was already there. */
  public void duplicate(long jobId, String reference, int line, String number) {
    db.em().persist(new ImportedOrder(jobId, reference, line, Outcome.DUPLICATE, number));
  }

  /** Records a rejected order and its rows' errors. */
  public void reject(long jobId, OrderRows rows, List<RowError> errors) {
    reject(jobId, rows.reference(), rows.firstLine(), errors);
  }

  /** Records a rejected order (its reference, at this line) and its errors. */
  public void reject(long jobId, String reference, int line, List<RowError> errors) {
    db.em().persist(new ImportedOrder(jobId, reference, line, Outcome.REJECTED, null));
    for (RowError e : errors) {
      db.em().persist(new ImportError(jobId, e.line(), e.column(), e.message(), reference));
    }
  }

  /** Keeps the error of a row that belongs to no order. */
  public void looseError(long jobId, RowError e) {
    db.em().persist(new ImportError(jobId, e.line(), e.column(), e.message(), null));
  }
}
