package com.orderpool.invoicing.control;

import com.orderpool.core.BusinessException;
import com.orderpool.customers.entity.Customer;
import com.orderpool.invoicing.entity.DocKind;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.InvoiceLine;
import com.orderpool.invoicing.entity.InvoiceOrder;
import com.orderpool.notifications.control.Languages;
import com.orderpool.orders.control.OrderHistory;
import com.orderpool.orders.control.OrderStore;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderLine;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issues documents in the caller's transaction: an invoice copied from one order or a group of
 * orders of one customer, and credit notes that correct an invoice (chosen lines and quantities, or
 * a gross amount such as a cancellation credit). Numbers are drawn last, to hold the series lock as
 * briefly as possible.
 */
@ApplicationScoped
public class InvoiceFactory {
  @Inject TenantDatabase db;
  @Inject TenantContext tenant;
  @Inject DocumentNumbering numbering;
  @Inject InvoiceSettings settings;
  @Inject OrderHistory history;
  @Inject Clock clock;
  @Inject InvoiceMailer mailer;
  @Inject InvoiceQueries queries;
  @Inject OrderStore orderStore;
  @Inject Event<DocumentIssued> issued;

  /** Invoices orders (with their lines attached): one order, or a group of one customer's. */
  public Invoice invoice(List<Order> orders, Long groupId) {
    if (orders.isEmpty()) {
      throw BusinessException.of("invoice.noOrders");
    }
    for (Order o : orders) {
      if (o.getInvoiceId() != null) {
        throw BusinessException.of("invoice.already", o.getNumber(), o.getInvoiceNumber());
      }
    }
    Order first = orders.get(0);
    List<InvoiceLine.Spec> lines = new ArrayList<>();
    BigDecimal customization = BigDecimal.ZERO;
    BigDecimal shipping = BigDecimal.ZERO;
    for (Order o : orders) {
      for (OrderLine l : o.getLines()) {
        lines.add(
            new InvoiceLine.Spec(
                o.getId(),
                o.getNumber(),
                l.getId(),
                l.getSku(),
                l.getDescription(),
                l.getQuantity(),
                l.getUnitPrice()));
      }
      customization = customization.add(o.getCustomizationCost());
      shipping = shipping.add(o.getShippingCost());
    }
    Invoice.Header header =
        new Invoice.Header(
            groupId == null ? first.getId() : null,
            groupId,
            null,
            orders.stream().map(Order::getNumber).collect(Collectors.joining(", ")),
            languageOf(first),
            first.getCurrency(),
            first.getCustomerId(),
            first.getCustomerName(),
            first.getCustomerEmail(),
            first.getCustomerCompany(),
            vatIdOf(first.getCustomerId()),
            first.getBilling(),
            first.getShipping());
    Invoice inv =
        write(
            Invoice.issue(
                DocKind.INVOICE,
                numbering.next(DocKind.INVOICE),
                header,
                lines,
                customization,
                shipping,
                first.getVatRate(),
                clock.instant(),
                tenant.actor()),
            orders.stream().map(Order::getId).toList());
    boolean paid = orders.stream().allMatch(Order::isFullyPaid);
    inv.markPaid(paid, clock.instant());
    for (Order o : orders) {
      o.invoicedAs(inv.getId(), inv.getNumber());
      history.record(o, "invoice", null, inv.getNumber(), null);
    }
    mailer.issued(inv, first);
    return inv;
  }

  /** One line of a credit note: the invoice line it corrects and how many pieces. */
  public record CreditLine(long invoiceLineId, int quantity) {}

  /**
   * A credit note for chosen lines and quantities of an invoice, optionally with its shipping and
   * customisation; never more pieces of a line than remain uncredited.
   */
  public Invoice creditLines(
      Invoice original,
      List<CreditLine> chosen,
      boolean withShipping,
      boolean withCustomization,
      List<InvoiceLine> alreadyCredited) {
    List<InvoiceLine.Spec> specs = new ArrayList<>();
    for (CreditLine c : chosen) {
      if (c.quantity() <= 0) {
        continue;
      }
      InvoiceLine line =
          original.getLines().stream()
              .filter(l -> l.getId() == c.invoiceLineId())
              .findFirst()
              .orElseThrow(() -> BusinessException.of("creditNote.unknownLine"));
      int credited =
          alreadyCredited.stream()
              .filter(l -> line.getId().equals(l.getSourceLine()))
              .mapToInt(InvoiceLine::getQuantity)
              .sum();
      if (c.quantity() > line.getQuantity() - credited) {
        throw BusinessException.of(
            "creditNote.tooMany", line.getDescription(), line.getQuantity() - credited);
      }
      specs.add(
          new InvoiceLine.Spec(
              line.getOrderId(),
              line.getOrderNumber(),
              line.getId(),
              line.getSku(),
              line.getDescription(),
              c.quantity(),
              line.getUnitPrice()));
    }
    if (specs.isEmpty() && !withShipping && !withCustomization) {
      throw BusinessException.of("creditNote.empty");
    }
    if (specs.isEmpty()) {
      specs.add(
          new InvoiceLine.Spec(
              original.getOrderId(), null, null, "", label(original, "costs"), 0, BigDecimal.ZERO));
    }
    return credit(
        original,
        specs,
        withCustomization ? original.getCustomization() : BigDecimal.ZERO,
        withShipping ? original.getShippingCost() : BigDecimal.ZERO,
        null);
  }

  /**
   * A credit note for a gross amount (VAT included), e.g. a paid order's cancellation credit; never
   * more than what is left uncredited of the invoice. Lock the invoice first ({@link
   * InvoiceQueries#lockedWithLines}) so that credit notes against it are issued one at a time.
   */
  public Invoice creditAmount(Invoice original, BigDecimal gross, String orderNumber) {
    BigDecimal left = original.getTotal().subtract(queries.creditedTotal(original.getId()));
    if (gross.compareTo(left) > 0) {
      throw BusinessException.of(
          "creditNote.exceedsInvoice", original.getNumber(), left.max(BigDecimal.ZERO));
    }
    BigDecimal net = Invoice.netFor(gross, original.getVatRate());
    InvoiceLine.Spec line =
        new InvoiceLine.Spec(
            original.getOrderId(),
            orderNumber,
            null,
            "",
            label(original, "cancellation") + " " + orderNumber,
            1,
            net);
    return credit(original, List.of(line), BigDecimal.ZERO, BigDecimal.ZERO, gross);
  }

  private Invoice credit(
      Invoice original,
      List<InvoiceLine.Spec> specs,
      BigDecimal customization,
      BigDecimal shipping,
      BigDecimal inclusiveTotal) {
    Invoice.Header header =
        new Invoice.Header(
            original.getOrderId(),
            original.getGroupId(),
            original.getId(),
            original.getOrderNumbers(),
            original.getLanguage(),
            original.getCurrency(),
            original.getCustomerId(),
            original.getCustomerName(),
            original.getCustomerEmail(),
            original.getCustomerCompany(),
            original.getCustomerVatId(),
            original.getBilling(),
            original.getShipping());
    Invoice note =
        Invoice.issue(
            DocKind.CREDIT_NOTE,
            numbering.next(DocKind.CREDIT_NOTE),
            header,
            specs,
            customization,
            shipping,
            original.getVatRate(),
            clock.instant(),
            tenant.actor());
    if (inclusiveTotal != null) {
      note.withInclusiveTotal(inclusiveTotal);
    }
    List<Long> orderIds =
        db.em()
            .createQuery(
                "SELECT io.orderId FROM InvoiceOrder io WHERE io.invoiceId = :i", Long.class)
            .setParameter("i", original.getId())
            .getResultList();
    write(note, orderIds);
    if (!orderIds.isEmpty()) {
      mailer.issued(note, orderStore.withLines(orderIds.get(0)));
    }
    return note;
  }

  private Invoice write(Invoice inv, List<Long> orderIds) {
    EntityManager em = db.em();
    em.persist(inv);
    em.flush();
    inv.linesToPersist().forEach(em::persist);
    orderIds.forEach(id -> em.persist(new InvoiceOrder(inv.getId(), id)));
    em.flush();
    issued.fire(new DocumentIssued(inv));
    return inv;
  }

  /** The document language: the customer's, else the tenant's; one the documents exist in. */
  public String languageOf(Order order) {
    return Languages.of(
        order.getCustomerLanguage() != null
            ? order.getCustomerLanguage()
            : settings.tenantLanguage());
  }

  private static String label(Invoice inv, String what) {
    boolean es = "es".equals(inv.getLanguage());
    return switch (what) {
      case "cancellation" -> es ? "Abono por cancelación del pedido" : "Credit for cancelled order";
      default -> es ? "Abono de gastos" : "Credit of costs";
    };
  }

  /** The customer's VAT ID as it is now (an invoice keeps it as it was on the day of issue). */
  private String vatIdOf(Long customerId) {
    if (customerId == null) {
      return null;
    }
    Customer c = db.em().find(Customer.class, customerId);
    return c == null ? null : c.getVatId();
  }
}
