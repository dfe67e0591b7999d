package com.orderpool.invoicing.entity;

import com.orderpool.core.Address;
import com.orderpool.core.BusinessException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * An issued invoice or credit note. Amounts, lines, customer and addresses are copied on issue and
 * never change (their columns are not updatable); a correction is a credit note. Only the paid
 * mark, the delivery-time and custom texts that print on it, and a credit note's settlement change.
 */
@Entity
@Table(name = "invoice")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Invoice extends InvoiceData {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Transient private List<InvoiceLine> lines = new ArrayList<>();

  protected Invoice() {}

  /** Who and what an invoice is for, copied from the order(s) at issue. */
  public record Header(
      Long orderId,
      Long groupId,
      Long creditedInvoiceId,
      String orderNumbers,
      String language,
      String currency,
      Long customerId,
      String customerName,
      String customerEmail,
      String customerCompany,
      String customerVatId,
      Address billing,
      Address shipping) {}

  /** A drawn number: the series it belongs to, its place in it, and how it prints. */
  public record DocNumber(String series, long seq, String formatted) {}

  /**
   * Issues a document: totals are computed from the lines, customisation and shipping, with VAT at
   * the rate on all of it.
   */
  public static Invoice issue(
      DocKind kind,
      DocNumber no,
      Header h,
      List<InvoiceLine.Spec> lines,
      BigDecimal customization,
      BigDecimal shipping,
      BigDecimal vatRate,
      Instant now,
      String actor) {
    if (lines.isEmpty()) {
      throw BusinessException.of("invoice.noLines");
    }
    Invoice inv = new Invoice();
    inv.kind = kind;
    inv.series = no.series();
    inv.seq = no.seq();
    inv.number = no.formatted();
    inv.orderId = h.orderId();
    inv.groupId = h.groupId();
    inv.creditedInvoiceId = h.creditedInvoiceId();
    inv.orderNumbers = h.orderNumbers();
    inv.language = h.language();
    inv.currency = h.currency();
    inv.customerId = h.customerId();
    inv.customerName = h.customerName();
    inv.customerEmail = h.customerEmail();
    inv.customerCompany = h.customerCompany();
    inv.customerVatId = h.customerVatId();
    inv.billing = h.billing() == null ? null : h.billing().copy();
    inv.shipping = h.shipping() == null ? null : h.shipping().copy();
    inv.subtotal =
        lines.stream()
            .map(InvoiceLine.Spec::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2, RoundingMode.HALF_UP);
    inv.customization = money(customization);
    inv.shippingCost = money(shipping);
    inv.vatRate = vatRate == null ? BigDecimal.ZERO : vatRate;
    inv.vatAmount =
        inv.vatBase()
            .multiply(inv.vatRate)
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    inv.total = inv.vatBase().add(inv.vatAmount);
    inv.issuedAt = now;
    inv.issuedBy = actor;
    inv.pendingLines = lines;
    return inv;
  }

  @Transient private transient List<InvoiceLine.Spec> pendingLines;

  /** The lines of a newly issued document, bound to its id; call after it is flushed. */
  public List<InvoiceLine> linesToPersist() {
    if (id == null || pendingLines == null) {
      throw new IllegalStateException("flush the invoice first");
    }
    List<InvoiceLine> out = new ArrayList<>();
    int no = 1;
    for (InvoiceLine.Spec s : pendingLines) {
      out.add(new InvoiceLine(id, no++, s));
    }
    pendingLines = null;
    lines = out;
    return out;
  }

  /**
   * Fixes the total to a VAT-inclusive amount (such as a cancellation credit): the VAT is the total
   * minus the net when no net amount gives that total to the cent with VAT on top.
   */
  public Invoice withInclusiveTotal(BigDecimal gross) {
    if (id != null) {
      throw new IllegalStateException("an issued document never changes");
    }
    total = gross.setScale(2, RoundingMode.HALF_UP);
    vatAmount = total.subtract(vatBase());
    return this;
  }

  /**
   * The net amount whose total with VAT at {@code rate} is exactly {@code gross}, when one exists
   * to the cent (else the nearest): used to credit a gross amount such as a cancellation credit.
   */
  public static BigDecimal netFor(BigDecimal gross, BigDecimal rate) {
    BigDecimal factor = BigDecimal.valueOf(100).add(rate);
    BigDecimal guess =
        gross.multiply(BigDecimal.valueOf(100)).divide(factor, 2, RoundingMode.HALF_UP);
    for (int delta = -2; delta <= 2; delta++) {
      BigDecimal net = guess.add(BigDecimal.valueOf(delta, 2));
      BigDecimal vat = net.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      if (net.add(vat).compareTo(gross) == 0) {
        return net;
      }
    }
    return guess;
  }

  private static BigDecimal money(BigDecimal v) {
    return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
  }

  /** What VAT is charged on: lines, customisation and shipping. */
  public BigDecimal vatBase() {
    return subtotal.add(customization).add(shippingCost);
  }

  /** Sets the paid mark (the dashboard's Paid / Not paid on an invoice); true if it changed. */
  public boolean markPaid(boolean value, Instant now) {
    if (paid == value) {
      return false;
    }
    paid = value;
    paidChangedAt = now;
    return true;
  }

  /** The delivery-time and custom texts that print on the document. */
  public void annotate(String delivery, String custom) {
    deliveryTime = delivery == null || delivery.isBlank() ? null : delivery.strip();
    customText = custom == null || custom.isBlank() ? null : custom.strip();
  }

  /** Settles a credit note once: refunded to the customer, or kept as customer credit. */
  public void settle(Settlement how, Instant now, String actor) {
    if (kind != DocKind.CREDIT_NOTE) {
      throw BusinessException.of("creditNote.settle.notCredit", number);
    }
    if (settlement != null) {
      throw BusinessException.of("creditNote.settle.already", number);
    }
    settlement = how;
    settledAt = now;
    settledBy = actor;
  }

  public boolean isCreditNote() {
    return kind == DocKind.CREDIT_NOTE;
  }

  public void attachLines(List<InvoiceLine> loaded) {
    lines = new ArrayList<>(loaded);
  }

  public List<InvoiceLine> getLines() {
    return lines;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }
}
