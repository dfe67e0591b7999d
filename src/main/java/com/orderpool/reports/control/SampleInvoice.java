package com.orderpool.reports.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A made-up document that sets every parameter and field of the invoice contract, used to test-fill
 * an uploaded design before it is accepted and for the "preview sample" download. It is never
 * stored. {@code es} gives Spanish descriptions; anything else English.
 */
public final class SampleInvoice {
  private SampleInvoice() {}

  /** A document: its parameters and its lines. */
  public record Document(Map<String, Object> params, List<Map<String, ?>> rows) {}

  /** An invoice of two orders, part paid, with every optional value set. */
  public static Document invoice(String language, String companyCode, Instant issued) {
    boolean es = "es".equals(language);
    String code = companyCode == null ? "DEM" : companyCode;
    Map<String, Object> p = new HashMap<>();
    p.put("DOC_KIND", "INVOICE");
    p.put("DOC_NUMBER", "F-2026-00042");
    p.put("ISSUE_DATE", Date.from(issued));
    p.put("ORDER_NUMBERS", "10042-" + code + ",10043-" + code);
    p.put("CREDITED_NUMBER", null);
    p.put(
        "BILL_TO",
        "Lucía Fernández\nFernández Calzados S.L.\nCarrer de Mallorca 401\n08013 Barcelona\nSpain");
    p.put("SHIP_TO", "Lucía Fernández\nAvinguda Diagonal 640, 3º 2ª\n08017 Barcelona\nSpain");
    p.put("CUSTOMER_EMAIL", "lucia@example.com");
    p.put("CURRENCY", "EUR");
    p.put("SUBTOTAL", new BigDecimal("1365.00"));
    p.put("CUSTOMIZATION", new BigDecimal("15.00"));
    p.put("SHIPPING", new BigDecimal("12.50"));
    p.put("VAT_RATE", new BigDecimal("21.00"));
    p.put("VAT_BASE", new BigDecimal("1392.50"));
    p.put("VAT_AMOUNT", new BigDecimal("292.43"));
    p.put("TOTAL", new BigDecimal("1684.93"));
    p.put("AMOUNT_PAID", new BigDecimal("500.00"));
    p.put("BALANCE_DUE", new BigDecimal("1184.93"));
    p.put("PAID", Boolean.FALSE);
    p.put(
        "DELIVERY_TIME", es ? "3–4 semanas desde la confirmación" : "3–4 weeks from confirmation");
    p.put(
        "CUSTOM_TEXT",
        es
            ? "Gracias por su pedido. Los artículos personalizados no admiten devolución salvo defecto de fabricación."
            : "Thank you for your order. Personalised items cannot be returned unless faulty.");
    List<Map<String, ?>> rows =
        List.of(
            line(
                1,
                "10042-" + code,
                "OX-38-BLK",
                es
                    ? "Oxford, negro, talla 38 (iniciales L.F.)"
                    : "Oxford, black, size 38 (initials L.F.)",
                2,
                "120.00"),
            line(
                2,
                "10042-" + code,
                "OX-41-TAN",
                es ? "Oxford, cuero marrón, talla 41" : "Oxford, tan leather, size 41",
                1,
                "125.00"),
            line(
                3,
                "10043-" + code,
                "CH-40-BRN",
                es
                    ? "Botín Chelsea, ante marrón, talla 40, suela de goma cosida"
                    : "Chelsea boot, brown suede, size 40, stitched rubber sole",
                10,
                "100.00"));
    return new Document(p, rows);
  }

  /** A credit note correcting the sample invoice: one line returned, nothing paid yet. */
  public static Document creditNote(String language, String companyCode, Instant issued) {
    Document invoice = invoice(language, companyCode, issued);
    Map<String, Object> p = new HashMap<>(invoice.params());
    p.put("DOC_KIND", "CREDIT_NOTE");
    p.put("DOC_NUMBER", "R-2026-00007");
    p.put("CREDITED_NUMBER", "F-2026-00042");
    p.put("ORDER_NUMBERS", "10042-" + (companyCode == null ? "DEM" : companyCode));
    p.put("SUBTOTAL", new BigDecimal("-125.00"));
    p.put("CUSTOMIZATION", BigDecimal.ZERO);
    p.put("SHIPPING", BigDecimal.ZERO);
    p.put("VAT_BASE", new BigDecimal("-125.00"));
    p.put("VAT_AMOUNT", new BigDecimal("-26.25"));
    p.put("TOTAL", new BigDecimal("-151.25"));
    p.put("AMOUNT_PAID", null);
    p.put("BALANCE_DUE", null);
    p.put("DELIVERY_TIME", null);
    p.put("CUSTOM_TEXT", null);
    Map<String, ?> returned = invoice.rows().get(1);
    Map<String, Object> row = new LinkedHashMap<>(returned);
    row.put("lineNo", 1);
    row.put("quantity", -1);
    row.put("amount", new BigDecimal("-125.00"));
    return new Document(p, List.of(row));
  }

  /** Made-up seller details for rendering outside a tenant (tests, benchmarks). */
  public static Map<String, Object> branding() {
    Map<String, Object> b = new HashMap<>();
    b.put("SELLER_NAME", "Barcelona Footwear Group S.L.");
    b.put("SELLER_ADDRESS", "Carrer de Pujades 77\n08005 Barcelona, Spain");
    b.put("SELLER_VAT_ID", "ESB12345678");
    b.put("SELLER_EMAIL", "billing@bfg.example");
    b.put("SELLER_PHONE", "+34 931 000 000");
    b.put(
        "BANK_DETAILS",
        "CaixaBank · IBAN ES91 2100 0418 4502 0005 1332 · BIC CAIXESBB\nPlease quote the invoice number with your payment.");
    b.put("LOGO", null);
    return b;
  }

  private static Map<String, Object> line(
      int no, String order, String sku, String description, int qty, String unitPrice) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("lineNo", no);
    row.put("orderNumber", order);
    row.put("sku", sku);
    row.put("description", description);
    row.put("quantity", qty);
    row.put("unitPrice", new BigDecimal(unitPrice));
    row.put("amount", new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(qty)));
    return row;
  }
}
