package com.orderpool.invoicing.control;

import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.InvoiceLine;
import com.orderpool.orders.entity.Order;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Reads the current tenant's invoices and credit notes. */
@ApplicationScoped
public class InvoiceQueries {
  @Inject TenantDatabase db;

  public Optional<Invoice> find(long id) {
    return Optional.ofNullable(db.em().find(Invoice.class, id));
  }

  /** A document with its lines; another tenant's id is simply not found. */
  public Invoice withLines(long id) {
    Invoice inv = find(id).orElseThrow(() -> new NotFoundException("invoice", id));
    inv.attachLines(lines(List.of(id)));
    return inv;
  }

  /**
   * A document with its lines, its row locked until the transaction ends: credit notes against one
   * invoice are issued one after another, each one seeing those committed before it.
   */
  public Invoice lockedWithLines(long id) {
    Invoice inv = db.em().find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (inv == null) {
      throw new NotFoundException("invoice", id);
    }
    inv.attachLines(lines(List.of(id)));
    return inv;
  }

  /** The gross total of the credit notes issued against an invoice so far. */
  public BigDecimal creditedTotal(long invoiceId) {
    BigDecimal sum =
        db.em()
            .createQuery(
                "SELECT SUM(i.total) FROM Invoice i WHERE i.creditedInvoiceId = :i AND i.kind = :k",
                BigDecimal.class)
            .setParameter("i", invoiceId)
            .setParameter("k", DocKind.CREDIT_NOTE)
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO : sum;
  }

  public List<InvoiceLine> lines(List<Long> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return List.of();
    }
    return db.em()
        .createQuery(
            "SELECT l FROM InvoiceLine l WHERE l.invoiceId IN :ids ORDER BY l.invoiceId, l.lineNo",
            InvoiceLine.class)
        .setParameter("ids", invoiceIds)
        .getResultList();
  }

  /** The invoices and credit notes that cover an order, in issue order. */
  public List<Invoice> ofOrder(long orderId) {
    return db.em()
        .createQuery(
            "SELECT i FROM Invoice i WHERE i.id IN (SELECT io.invoiceId FROM InvoiceOrder io"
                + " WHERE io.orderId = :o) ORDER BY i.issuedAt, i.id",
            Invoice.class)
        .setParameter("o", orderId)
        .getResultList();
  }

  /** The credit notes issued against an invoice. */
  public List<Invoice> creditNotesOf(long invoiceId) {
    return db.em()
        .createQuery(
            "SELECT i FROM Invoice i WHERE i.creditedInvoiceId = :i AND i.kind = :k ORDER BY i.id",
            Invoice.class)
        .setParameter("i", invoiceId)
        .setParameter("k", DocKind.CREDIT_NOTE)
        .getResultList();
  }

  /** The orders a document covers. */
  public List<Order> ordersOf(long invoiceId) {
    return db.em()
        .createQuery(
            "SELECT o FROM Order o WHERE o.id IN (SELECT io.orderId FROM InvoiceOrder io WHERE"
                + " io.invoiceId = :i) ORDER BY o.id",
            Order.class)
        .setParameter("i", invoiceId)
        .getResultList();
  }
}
