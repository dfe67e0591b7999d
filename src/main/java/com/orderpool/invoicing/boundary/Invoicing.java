package com.orderpool.invoicing.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.invoicing.control.InvoiceFactory;
import com.orderpool.invoicing.control.InvoiceFactory.CreditLine;
import com.orderpool.invoicing.control.InvoiceQueries;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.InvoiceLine;
import com.orderpool.invoicing.entity.Settlement;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.entity.Order;
import com.orderpool.payments.control.CreditLedger;
import com.orderpool.payments.control.PaymentRecorder;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * The current tenant's invoices and credit notes: list an order's documents, issue an invoice by
 * hand, set the paid mark and the texts that print on it, create credit notes and settle them as a
 * refund or as customer credit.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class Invoicing {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject OrderService orders;
  @Inject OrderHistory history;
  @Inject InvoiceQueries queries;
  @Inject InvoiceFactory factory;
  @Inject com.orderpool.invoicing.control.InvoiceDocuments documents;
  @Inject com.orderpool.invoicing.control.InvoiceMailer mailer;
  @Inject PaymentRecorder payments;
  @Inject CreditLedger credit;
  @Inject Clock clock;

  /** An order's invoices and credit notes, in issue order (with their lines). */
  public List<Invoice> ofOrder(long orderId) {
    orders.get(orderId);
    List<Invoice> docs = queries.ofOrder(orderId);
    List<InvoiceLine> lines = queries.lines(docs.stream().map(Invoice::getId).toList());
    docs.forEach(
        d -> d.attachLines(lines.stream().filter(l -> l.getInvoiceId() == d.getId()).toList()));
    return docs;
  }

  public Invoice get(long invoiceId) {
    return queries.withLines(invoiceId);
  }

  /** A rendered PDF and the name to save it under. */
  public record Pdf(String fileName, byte[] content) {}

  /** One invoice or credit note as PDF, in a language (null: the document's own). */
  public Pdf pdf(long invoiceId, String language) {
    Invoice inv = queries.withLines(invoiceId);
    return new Pdf(inv.getNumber() + ".pdf", documents.pdf(inv, language));
  }

  /** All of an order's invoices and credit notes in one PDF ("Print invoices"). */
  public Pdf printAll(long orderId, String language) {
    Order order = orders.get(orderId);
    List<Invoice> docs = ofOrder(orderId);
    if (docs.isEmpty()) {
      throw new com.orderpool.core.NotFoundException("invoice", orderId);
    }
    return new Pdf("invoices-" + order.getNumber() + ".pdf", documents.merged(docs, language));
  }

  /** E-mails an invoice or credit note to the customer again, in a language. */
  @Allow({TENANT_ADMIN, STAFF})
  public Invoice resend(long invoiceId, String language) {
    Invoice inv = queries.withLines(invoiceId);
    mailer.resend(inv, language);
    recordOnOrders(inv, "invoiceSent", null, inv.getCustomerEmail());
    return inv;
  }

  /** Issues an order's invoice now (tenants that invoice by hand, or before payment). */
  @Allow({TENANT_ADMIN, STAFF})
  public Invoice issue(long orderId) {
    Order order = orders.get(orderId);
    if (order.getGroupId() != null) {
      throw BusinessException.of("invoice.grouped", order.getNumber());
    }
    Invoice inv = factory.invoice(List.of(order), null);
    orders.saved(order);
    return inv;
  }

  /** Sets an invoice's Paid / Not paid mark (what prints on it); recorded in the history. */
  @Allow({TENANT_ADMIN, STAFF})
  public Invoice setPaid(long invoiceId, boolean paid, long expectedVersion) {
    Invoice inv = forChange(invoiceId, expectedVersion);
    markPaid(inv, paid);
    return saved(inv);
  }

  /** The delivery-time text and the custom text that print on the document. */
  @Allow({TENANT_ADMIN, STAFF})
  public Invoice annotate(
      long invoiceId,
      @Size(max = 200, message = "{invoice.deliveryTime.size}") String deliveryTime,
      @Size(max = 1000, message = "{invoice.customText.size}") String customText,
      long expectedVersion) {
    Invoice inv = forChange(invoiceId, expectedVersion);
    inv.annotate(deliveryTime, customText);
    return saved(inv);
  }

  /**
   * Saves the invoice details dialog in one transaction: the delivery-time text and the custom text
   * that print on the document, and its Paid / Not paid mark (a change of the mark is recorded in
   * the history).
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Invoice saveDetails(
      long invoiceId,
      boolean paid,
      @Size(max = 200, message = "{invoice.deliveryTime.size}") String deliveryTime,
      @Size(max = 1000, message = "{invoice.customText.size}") String customText,
      long expectedVersion) {
    Invoice inv = forChange(invoiceId, expectedVersion);
    inv.annotate(deliveryTime, customText);
    markPaid(inv, paid);
    return saved(inv);
  }

  /** Sets the Paid / Not paid mark; a change is recorded on the invoice's orders. */
  private void markPaid(Invoice inv, boolean paid) {
    if (inv.markPaid(paid, clock.instant())) {
      recordOnOrders(inv, "invoicePaid", Boolean.toString(!paid), Boolean.toString(paid));
    }
  }

  /** A line of an invoice and how many of its pieces can still be credited. */
  public record Creditable(InvoiceLine line, int remaining) implements java.io.Serializable {}

  /** The lines of an invoice with what is left to credit, for the credit-note form. */
  public List<Creditable> creditable(long invoiceId) {
    Invoice original = queries.withLines(invoiceId);
    List<InvoiceLine> credited =
        queries.lines(queries.creditNotesOf(invoiceId).stream().map(Invoice::getId).toList());
    return original.getLines().stream()
        .map(
            l ->
                new Creditable(
                    l,
                    l.getQuantity()
                        - credited.stream()
                            .filter(c -> l.getId().equals(c.getSourceLine()))
                            .mapToInt(InvoiceLine::getQuantity)
                            .sum()))
        .toList();
  }

  /** Whether an invoice's shipping was already credited. */
  public boolean shippingCredited(long invoiceId) {
    return queries.creditNotesOf(invoiceId).stream()
        .anyMatch(c -> c.getShippingCost().signum() > 0);
  }

  /**
   * A credit note for chosen lines and quantities of an invoice, optionally with its shipping and
   * customisation costs.
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Invoice creditNote(
      long invoiceId,
      @NotNull List<CreditLine> lines,
      boolean withShipping,
      boolean withCustomization) {
    // locked first: a concurrent credit note on this invoice waits, then sees this one
    Invoice original = queries.lockedWithLines(invoiceId);
    if (original.isCreditNote()) {
      throw BusinessException.of("creditNote.ofCreditNote");
    }
    List<Invoice> earlier = queries.creditNotesOf(invoiceId);
    List<InvoiceLine> credited = queries.lines(earlier.stream().map(Invoice::getId).toList());
    boolean shippingCredited = earlier.stream().anyMatch(c -> c.getShippingCost().signum() > 0);
    if (withShipping && shippingCredited) {
      throw BusinessException.of("creditNote.shippingAlready");
    }
    if (withCustomization && earlier.stream().anyMatch(c -> c.getCustomization().signum() > 0)) {
      throw BusinessException.of("creditNote.customizationAlready");
    }
    Invoice note = factory.creditLines(original, lines, withShipping, withCustomization, credited);
    recordOnOrders(note, "creditNote", null, note.getNumber());
    return note;
  }

  /**
   * Settles a credit note: refunded (recorded as a refund payment on its orders) or kept as
   * customer credit that can pay later orders.
   */
  @Allow({TENANT_ADMIN, STAFF})
  public Invoice settle(long creditNoteId, @NotNull Settlement how, PaymentMethod refundMethod) {
    Invoice note = queries.withLines(creditNoteId);
    note.settle(how, clock.instant(), tenant.actor());
    if (how == Settlement.REFUNDED) {
      refund(note, refundMethod == null ? PaymentMethod.BANK_TRANSFER : refundMethod);
    } else {
      if (note.getCustomerId() == null) {
        throw BusinessException.of("payment.credit.none");
      }
      refund(note, PaymentMethod.CUSTOMER_CREDIT);
      credit.add(
          note.getCustomerId(),
          note.getTotal(),
          note.getCurrency(),
          note.getId(),
          note.getOrderId(),
          "credit note " + note.getNumber());
    }
    return saved(note);
  }

  private void refund(Invoice note, PaymentMethod method) {
    BigDecimal left = note.getTotal();
    for (Order o : queries.ordersOf(note.getId())) {
      BigDecimal refundable = o.getAmountPaid().subtract(o.getAmountRefunded());
      BigDecimal part = left.min(refundable);
      if (part.signum() > 0) {
        payments.refund(o, part, method, "credit note " + note.getNumber());
        left = left.subtract(part);
      }
    }
    if (left.signum() > 0) {
      throw BusinessException.of("creditNote.refundExceedsPaid", left);
    }
  }

  private void recordOnOrders(Invoice inv, String field, String oldValue, String newValue) {
    for (Order o : queries.ordersOf(inv.getId())) {
      history.record(o, field, oldValue, newValue, inv.getNumber());
    }
  }

  private Invoice forChange(long invoiceId, long expectedVersion) {
    Invoice inv = queries.withLines(invoiceId);
    if (inv.getVersion() != expectedVersion) {
      throw new com.orderpool.core.ConflictException(
          null, "invoice.changedMeanwhile", inv.getNumber());
    }
    return inv;
  }

  private Invoice saved(Invoice inv) {
    try {
      db.em().flush();
    } catch (OptimisticLockException e) {
      throw new com.orderpool.core.ConflictException(
          null, "invoice.changedMeanwhile", inv.getNumber());
    }
    return inv;
  }
}
