package com.orderpool.invoicing.control;

import com.orderpool.core.Address;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.InvoiceLine;
import com.orderpool.reports.control.DocumentRenderer;
import com.orderpool.reports.control.DocumentRenderer.Document;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns invoices and credit notes into the invoice design's parameters and lines, and renders them
 * as PDF in a language: the document's own (the customer's at issue) unless one is asked for.
 */
@ApplicationScoped
public class InvoiceDocuments {
  public static final String REPORT = "invoice";

  @Inject DocumentRenderer documents;
  @Inject InvoiceQueries queries;

  public byte[] pdf(Invoice inv, String language) {
    Document d = document(inv, language);
    return documents.pdf(REPORT, d.params(), d.rows(), d.locale());
  }

  /** Several documents as one PDF, in the order given. */
  public byte[] merged(List<Invoice> docs, String language) {
    return documents.mergedPdf(REPORT, docs.stream().map(d -> document(d, language)).toList());
  }

  public Document document(Invoice inv, String language) {
    String lang = language == null || language.isBlank() ? inv.getLanguage() : language;
    Locale locale = Locale.forLanguageTag(lang.startsWith("es") ? "es-ES" : "en-GB");
    Map<String, Object> p = new HashMap<>();
    p.put("DOC_KIND", inv.getKind().name());
    p.put("DOC_NUMBER", inv.getNumber());
    p.put("ISSUE_DATE", Date.from(inv.getIssuedAt()));
    p.put("ORDER_NUMBERS", inv.getOrderNumbers());
    if (inv.getCreditedInvoiceId() != null) {
      p.put(
          "CREDITED_NUMBER",
          queries.find(inv.getCreditedInvoiceId()).map(Invoice::getNumber).orElse(null));
    }
    p.put(
        "BILL_TO",
        block(inv.getCustomerName(), inv.getCustomerCompany(), inv.getBilling(), locale));
    if (inv.getShipping() != null && !inv.getShipping().equals(inv.getBilling())) {
      p.put("SHIP_TO", block(null, null, inv.getShipping(), locale));
    }
    p.put("CUSTOMER_EMAIL", inv.getCustomerEmail());
    p.put("CUSTOMER_VAT_ID", inv.getCustomerVatId());
    p.put("CURRENCY", inv.getCurrency());
    // a credit note prints its amounts negative, as it takes them off the invoice it corrects
    BigDecimal sign = inv.isCreditNote() ? BigDecimal.ONE.negate() : BigDecimal.ONE;
    p.put("SUBTOTAL", inv.getSubtotal().multiply(sign));
    p.put("CUSTOMIZATION", inv.getCustomization().multiply(sign));
    p.put("SHIPPING", inv.getShippingCost().multiply(sign));
    p.put("VAT_RATE", inv.getVatRate());
    p.put("VAT_BASE", inv.vatBase().multiply(sign));
    p.put("VAT_AMOUNT", inv.getVatAmount().multiply(sign));
    p.put("TOTAL", inv.getTotal().multiply(sign));
    if (!inv.isCreditNote()) {
      BigDecimal paid = paidOn(inv);
      p.put("AMOUNT_PAID", paid);
      p.put("BALANCE_DUE", inv.getTotal().subtract(paid).max(BigDecimal.ZERO));
      p.put("PAID", inv.isPaid());
    } else {
      p.put("PAID", Boolean.FALSE);
    }
    p.put("DELIVERY_TIME", inv.getDeliveryTime());
    p.put("CUSTOM_TEXT", inv.getCustomText());
    return new Document(p, rows(inv), locale);
  }

  /** What was paid on the invoice's orders (net of refunds), at most its total. */
  private BigDecimal paidOn(Invoice inv) {
    if (inv.isPaid()) {
      return inv.getTotal();
    }
    BigDecimal paid =
        queries.ordersOf(inv.getId()).stream()
            .map(o -> o.getAmountPaid().subtract(o.getAmountRefunded()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return paid.min(inv.getTotal()).max(BigDecimal.ZERO);
  }

  private static List<Map<String, ?>> rows(Invoice inv) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (InvoiceLine l : inv.getLines()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("lineNo", l.getLineNo());
      r.put("orderNumber", l.getOrderNumber());
      r.put("sku", l.getSku());
      r.put("description", l.getDescription());
      r.put("quantity", inv.isCreditNote() ? -l.getQuantity() : l.getQuantity());
      r.put("unitPrice", l.getUnitPrice());
      r.put("amount", inv.isCreditNote() ? l.getAmount().negate() : l.getAmount());
      rows.add(r);
    }
    return rows;
  }

  /** A printed address block: name, company, street lines, postcode and city, region, country. */
  static String block(String name, String company, Address a, Locale locale) {
    if (a == null) {
      return Stream.of(name, company).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }
    String who = a.getName() != null ? a.getName() : name;
    String firm = a.getCompany() != null ? a.getCompany() : company;
    String city =
        Stream.of(a.getPostalCode(), a.getCity())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return Stream.of(
            who, firm, a.getLine1(), a.getLine2(), city, a.getRegion(), a.countryName(locale))
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining("\n"));
  }
}
