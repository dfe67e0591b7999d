package com.orderpool.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.reports.PdfBarcode;
import com.orderpool.reports.PdfText;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default packing slip design rendered outside the container: the order number as a Code 128
 * barcode that reads back, shipment facts and lines in English and Spanish, no amounts, and the
 * optional parts left out when unset. The PDFs are kept in {@code target/report-samples/}.
 */
class PackingSlipDesignTest {
  static final Instant SHIPPED = Instant.parse("2026-11-20T10:00:00Z");
  static JasperReport design;

  @BeforeAll
  static void compile() {
    design = Jasper.compile(InvoiceDesignTest.resource("reports/packing-slip.jrxml"));
  }

  static JasperPrint fill(SampleInvoice.Document doc, String language) {
    Map<String, Object> params = new HashMap<>(doc.params());
    params.putAll(SampleInvoice.branding());
    Locale locale = ReportTexts.locale(language);
    return Jasper.fill(
        design,
        params,
        doc.rows(),
        locale,
        ReportTexts.bundle("packing-slip", locale).orElseThrow(),
        TimeZone.getTimeZone("Europe/Madrid"));
  }

  static byte[] render(SampleInvoice.Document doc, String language, String keepAs) {
    byte[] pdf = Jasper.pdf(List.of(fill(doc, language)));
    InvoiceDesignTest.keep(pdf, keepAs);
    return pdf;
  }

  @Test
  void aSlipShowsTheShipmentAndLinesWithABarcodeOfTheOrderNumberAndNoPrices() {
    byte[] pdf = render(SamplePackingSlip.shipped("en", "BFG", SHIPPED), "en", "packing-slip-en");
    String text = PdfText.text(pdf);
    for (String expected :
        List.of(
            "PACKING SLIP",
            "Order 10042-BFG",
            "SHIP TO",
            "Lucía Fernández",
            "08017 Barcelona",
            "+34 600 123 456",
            "Standard 24/48 h",
            "Correos",
            "PK0042ES",
            "PK0043ES",
            "4 of 10 (part shipment)",
            "10043-BFG",
            "OX-38-BLK",
            "Oxford, black, size 38",
            "Personalisation: L.F.",
            "Total pieces",
            "20 Nov 2026",
            "Deliver to reception",
            "Page 1 of 1")) {
      assertTrue(text.contains(expected), expected + " in: " + text);
    }
    assertFalse(text.contains("EUR") || text.contains("€"), "no money: " + text);
    assertFalse(text.matches("(?s).*\\d+[.,]\\d\\d(?!\\d).*"), "no amounts: " + text);
    assertEquals(Optional.of("10042-BFG"), PdfBarcode.code128(pdf, 0), "the barcode reads back");
  }

  @Test
  void spanishSlipAndOneWithoutAShipment() {
    String es =
        PdfText.text(
            render(SamplePackingSlip.shipped("es", "BFG", SHIPPED), "es", "packing-slip-es"));
    assertTrue(es.contains("ALBARÁN DE ENTREGA"), es);
    assertTrue(es.contains("Bultos"), es);
    assertTrue(es.contains("4 de 10 (envío parcial)"), es);
    assertTrue(es.contains("Página 1 de 1"), es);
    byte[] pdf =
        render(SamplePackingSlip.unshipped("en", "BFG", SHIPPED), "en", "packing-slip-unshipped");
    String text = PdfText.text(pdf);
    assertTrue(text.contains("Chelsea boot"), text);
    assertFalse(text.contains("Tracking") || text.contains("Parcels"), text);
    assertFalse(text.contains("Shipment no."), text);
    assertEquals(Optional.of("10044-BFG"), PdfBarcode.code128(pdf, 0));
  }
}
