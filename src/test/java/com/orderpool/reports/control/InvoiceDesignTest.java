package com.orderpool.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default invoice design rendered outside the container: texts in English and Spanish, amounts
 * in the document's number format, DejaVu Sans embedded, credit notes, several documents in one
 * PDF, and clear errors for broken designs. The PDFs are kept in {@code target/report-samples/}.
 */
class InvoiceDesignTest {
  static final Instant ISSUED = Instant.parse("2026-11-20T10:00:00Z");
  static JasperReport design;

  @BeforeAll
  static void compile() {
    design = Jasper.compile(resource("reports/invoice.jrxml"));
  }

  static String resource(String name) {
    try (InputStream in = InvoiceDesignTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        ReportTexts.bundle("invoice", locale).orElseThrow(),
        TimeZone.getTimeZone("Europe/Madrid"));
  }

  static byte[] render(SampleInvoice.Document doc, String language, String keepAs) {
    byte[] pdf = Jasper.pdf(List.of(fill(doc, language)));
    keep(pdf, keepAs);
    return pdf;
  }

  static void keep(byte[] pdf, String name) {
    try {
      Path dir = Path.of("target", "report-samples");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".pdf"), pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static Set<String> fonts(byte[] pdf) throws IOException {
    Set<String> names = new HashSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          names.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
        }
      }
    }
    return names;
  }

  @Test
  void englishInvoiceShowsNumberTotalsAndLabels() throws IOException {
    String text = text(render(SampleInvoice.invoice("en", "BFG", ISSUED), "en", "invoice-en"));
    assertTrue(text.contains("INVOICE"), text);
    assertTrue(text.contains("F-2026-00042"), text);
    assertTrue(text.contains("20 Nov 2026"), text);
    assertTrue(text.contains("10042-BFG, 10043-BFG"), text);
    assertTrue(text.contains("Bill to".toUpperCase()), text);
    assertTrue(text.contains("Subtotal"), text);
    assertTrue(text.contains("1,365.00"), "subtotal in English format: " + text);
    assertTrue(text.contains("VAT 21 % on 1,392.50"), text);
    assertTrue(text.contains("292.43"), text);
    assertTrue(text.contains("Total EUR"), text);
    assertTrue(text.contains("1,684.93"), text);
    assertTrue(text.contains("Balance due EUR"), text);
    assertTrue(text.contains("1,184.93"), text);
    assertTrue(text.contains("Chelsea boot, brown suede"), text);
    assertTrue(text.contains("Order 10043-BFG"), "grouped invoices name each line's order");
    assertTrue(text.contains("Estimated delivery".toUpperCase()), text);
    assertTrue(text.contains("Personalised items cannot be returned"), text);
    assertTrue(text.contains("IBAN ES91 2100 0418 4502 0005 1332"), text);
    assertTrue(text.contains("Page 1 of 1"), text);
    assertTrue(text.contains("Barcelona Footwear Group S.L."), text);
    assertFalse(text.contains("PAID\n"), "not paid: no PAID mark");
    assertFalse(text.contains("FACTURA"), text);
  }

  @Test
  void spanishInvoiceUsesSpanishLabelsAndNumberFormat() throws IOException {
    String text = text(render(SampleInvoice.invoice("es", "BFG", ISSUED), "es", "invoice-es"));
    assertTrue(text.contains("FACTURA"), text);
    assertTrue(text.contains("Facturar a".toUpperCase()), text);
    assertTrue(text.contains("1.365,00"), "subtotal in Spanish format: " + text);
    assertTrue(text.contains("IVA 21 % sobre 1.392,50"), text);
    assertTrue(text.contains("1.684,93"), text);
    assertTrue(text.contains("Pendiente de pago EUR"), text);
    assertTrue(text.contains("20 nov 2026"), text);
    assertTrue(text.contains("Página 1 de 1"), text);
    assertFalse(text.contains("Subtotal\n") && text.contains("Balance due"), text);
  }

  @Test
  void creditNoteNamesTheInvoiceItCorrectsAndPaidMark() throws IOException {
    SampleInvoice.Document note = SampleInvoice.creditNote("en", "BFG", ISSUED);
    note.params().put("PAID", Boolean.TRUE);
    String text = text(render(note, "en", "credit-note-en"));
    assertTrue(text.contains("CREDIT NOTE"), text);
    assertTrue(text.contains("Corrects invoice"), text);
    assertTrue(text.contains("F-2026-00042"), text);
    assertTrue(text.contains("-151.25"), text);
    assertTrue(text.contains("PAID"), text);
    assertFalse(text.contains("Balance due"), "no paid/balance rows when they are null: " + text);
    assertFalse(text.contains("Customisation"), "a zero customisation is left out: " + text);
    String es = text(render(SampleInvoice.creditNote("es", "BFG", ISSUED), "es", "credit-note-es"));
    assertTrue(es.contains("FACTURA RECTIFICATIVA"), es);
    assertTrue(es.contains("Factura rectificada"), es);
  }

  @Test
  void theLogoTakesTheSellersNamePlace() throws IOException {
    SampleInvoice.Document doc = SampleInvoice.invoice("en", "BFG", ISSUED);
    Map<String, Object> params = new HashMap<>(doc.params());
    params.putAll(SampleInvoice.branding());
    params.put("LOGO", new java.io.ByteArrayInputStream(com.orderpool.reports.Logos.png(600, 180)));
    Locale locale = ReportTexts.locale("en");
    byte[] pdf =
        Jasper.pdf(
            List.of(
                Jasper.fill(
                    design,
                    params,
                    doc.rows(),
                    locale,
                    ReportTexts.bundle("invoice", locale).orElseThrow(),
                    TimeZone.getTimeZone("UTC"))));
    keep(pdf, "invoice-logo-en");
    String text = text(pdf);
    assertTrue(text.startsWith("Barcelona Footwear Group S.L.\nCarrer de Pujades 77"), text);
  }

  @Test
  void dejaVuSansIsEmbedded() throws IOException {
    Set<String> fonts = fonts(render(SampleInvoice.invoice("en", "BFG", ISSUED), "en", "fonts"));
    assertTrue(
        fonts.stream().anyMatch(f -> f.contains("DejaVuSans") && f.endsWith("(embedded)")),
        "fonts: " + fonts);
    assertTrue(
        fonts.stream().allMatch(f -> f.endsWith("(embedded)")), "every font embedded: " + fonts);
  }

  @Test
  void severalDocumentsExportAsOnePdf() throws IOException {
    byte[] pdf =
        Jasper.pdf(
            List.of(
                fill(SampleInvoice.invoice("en", "BFG", ISSUED), "en"),
                fill(SampleInvoice.creditNote("es", "BFG", ISSUED), "es")));
    keep(pdf, "merged");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(2, doc.getNumberOfPages());
    }
    String text = text(pdf);
    assertTrue(text.contains("INVOICE") && text.contains("FACTURA RECTIFICATIVA"), text);
  }

  @Test
  void manyLinesFlowOntoMorePagesWithPageNumbers() throws IOException {
    SampleInvoice.Document doc = SampleInvoice.invoice("en", "BFG", ISSUED);
    List<Map<String, ?>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Map<String, Object> row = new HashMap<>(doc.rows().get(i % 3));
      row.put("lineNo", i + 1);
      rows.add(row);
    }
    String text = text(render(new SampleInvoice.Document(doc.params(), rows), "en", "long-en"));
    assertTrue(text.matches("(?s).*Page 2 of [2-9]\\b.*"), text);
    assertTrue(text.contains("INVOICE F-2026-00042 (continued)"), text);
  }

  @Test
  void oneCompiledDesignFillsManyTimes() {
    // past the JVM's reflection inflation threshold (15): the generated accessor of the
    // expression class must get through the class filter too
    for (int i = 0; i < 40; i++) {
      fill(SampleInvoice.invoice("en", "BFG", ISSUED), "en");
    }
  }

  @Test
  void brokenDesignsAreRejectedWithTheCompilerMessage() {
    String good = resource("reports/invoice.jrxml");
    DesignInvalidException badExpression =
        assertThrows(
            DesignInvalidException.class,
            () -> Jasper.compile(good.replace("$P{SELLER_NAME}]]", "$P{SELLER_NAME}.nope()]]")));
    assertTrue(badExpression.detail().contains("nope"), badExpression.detail());
    assertEquals("reports.design.invalid", badExpression.messageKey());

    DesignInvalidException badXml =
        assertThrows(
            DesignInvalidException.class, () -> Jasper.compile(good.replace("</title>", "")));
    assertFalse(badXml.detail().isBlank());

    DesignInvalidException unknownParameter =
        assertThrows(
            DesignInvalidException.class,
            () -> Jasper.compile(good.replace("$P{DOC_NUMBER}]]", "$P{NO_SUCH_PARAM}]]")));
    assertTrue(unknownParameter.detail().contains("NO_SUCH_PARAM"), unknownParameter.detail());
  }

  @Test
  void expressionsCannotReachTheServer() {
    String good = resource("reports/invoice.jrxml");
    String evil =
        good.replace(
            "$P{SELLER_NAME}]]",
            "String.valueOf(java.lang.Runtime.getRuntime().availableProcessors())]]");
    DesignInvalidException e =
        assertThrows(
            DesignInvalidException.class,
            () -> {
              JasperReport report = Jasper.compile(evil);
              Jasper.fill(
                  report,
                  SampleInvoice.invoice("en", "BFG", ISSUED).params(),
                  List.of(),
                  Locale.ENGLISH,
                  null,
                  TimeZone.getTimeZone("UTC"));
            });
    assertTrue(e.detail().contains("Runtime"), e.detail());

    String internal =
        good.replace(
            "$P{SELLER_NAME}]]",
            "String.valueOf(jdk.internal.reflect.Reflection.getCallerClass())]]");
    assertThrows(
        DesignInvalidException.class,
        () ->
            Jasper.fill(
                Jasper.compile(internal),
                SampleInvoice.invoice("en", "BFG", ISSUED).params(),
                List.of(),
                Locale.ENGLISH,
                null,
                TimeZone.getTimeZone("UTC")),
        "the package let through for the JVM's accessors is closed to expressions");
  }
}
