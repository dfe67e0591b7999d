package com.orderpool.invoicing.control;

import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.InvoiceLine;
import com.orderpool.orders.entity.Order;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
