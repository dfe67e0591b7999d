package com.orderpool.reports;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.files.LogoStore;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.reports.boundary.BrandingForm;
import com.orderpool.reports.boundary.BrandingService;
import com.orderpool.reports.boundary.DesignInfo;
import com.orderpool.reports.boundary.Documents;
import com.orderpool.reports.boundary.ReportDesignService;
import com.orderpool.reports.control.DesignInvalidException;
import com.orderpool.reports.control.DocumentRenderer.Document;
import com.orderpool.reports.control.ReportDesigns.Origin;
import com.orderpool.reports.control.SampleInvoice;
import com.orderpool.reports.entity.ReportDesign;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.Transactions;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Invoices rendered inside the server: DejaVu embedded, the tenant's branding and logo on the page,
 * an uploaded design used by that tenant only, a broken design refused with the compiler's message
 * (the previous one stays), going back to the standard design, and designs that reach for server
 * files, URLs, endless work or endless pages refused on upload and when a stored one renders.
 */
class ReportsIT extends InContainer {
  static final Instant ISSUED = Instant.parse("2026-11-20T10:00:00Z");

  @Inject PlatformConsole console;
  @Inject Documents documents;
  @Inject ReportDesignService designs;
  @Inject BrandingService branding;
  @Inject TenantRunner runner;
  @Inject TenantDatabase db;
  @Inject Transactions tx;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  private byte[] invoice(String code, String language) {
    SampleInvoice.Document doc = SampleInvoice.invoice(language, code, ISSUED);
    return as(
        code,
        () -> documents.pdf("invoice", doc.params(), doc.rows(), Locale.forLanguageTag(language)));
  }

  private String designWithMarker(String code, String marker) {
    String standard = as(code, () -> designs.source("invoice"));
    String changed =
        standard.replace(
            "<![CDATA[str(\"title.\" + $P{KIND})]]>",
            "<![CDATA[\"" + marker + " \" + str(\"title.\" + $P{KIND})]]>");
    assertFalse(changed.equals(standard), "the marker went into the design");
    return changed;
  }

  @Test
  void invoicesRenderInTheServerWithEmbeddedFontsAndTheTenantsBranding() {
    String code = Codes.newTenant(console);
    byte[] plain = invoice(code, "en");
    String text = PdfText.text(plain);
    assertTrue(text.contains("Co " + code), "no branding yet: the tenant's name: " + text);
    assertTrue(text.contains("1,684.93"), text);
    Set<String> fonts = PdfText.fonts(plain);
    assertTrue(
        fonts.stream().anyMatch(f -> f.contains("DejaVuSans") && f.endsWith("(embedded)")),
        "fonts: " + fonts);
    assertTrue(fonts.stream().allMatch(f -> f.endsWith("(embedded)")), "fonts: " + fonts);

    BrandingForm form = as(code, () -> branding.load());
    form.setCompanyName("Zapatos " + code + " S.L.");
    form.setAddress("Carrer de Pujades 77\n08005 Barcelona");
    form.setVatId("ESB" + code + "123");
    form.setEmail("billing@" + code.toLowerCase() + ".test");
    form.setPhone("+34 931 000 000");
    form.setBankDetails("IBAN ES91 2100 0418 4502 0005 1332");
    runner.run(code, () -> branding.save(form));
    runner.run(code, () -> branding.uploadLogo(Logos.png(600, 180)));
    assertTrue(as(code, () -> branding.logo()).isPresent());

    byte[] branded = invoice(code, "es");
    String es = PdfText.text(branded);
    assertTrue(es.contains("Zapatos " + code + " S.L."), es);
    assertTrue(es.contains("NIF ESB" + code + "123"), es);
    assertTrue(es.contains("billing@" + code.toLowerCase() + ".test"), es);
    assertTrue(es.contains("IBAN ES91 2100 0418 4502 0005 1332"), es);
    assertTrue(es.contains("FACTURA") && es.contains("1.684,93"), es);
    assertTrue(branded.length > plain.length, "the logo is in the PDF");

    byte[] merged =
        as(
            code,
            () ->
                documents.mergedPdf(
                    "invoice",
                    List.of(
                        new Document(
                            SampleInvoice.invoice("en", code, ISSUED).params(),
                            SampleInvoice.invoice("en", code, ISSUED).rows(),
                            Locale.ENGLISH),
                        new Document(
                            SampleInvoice.creditNote("es", code, ISSUED).params(),
                            SampleInvoice.creditNote("es", code, ISSUED).rows(),
                            Locale.forLanguageTag("es")))));
    assertEquals(2, PdfText.pages(merged));
  }

  @Test
  void brandingAndLogoAreChecked() {
    String code = Codes.newTenant(console);
    BrandingForm form = new BrandingForm();
    form.setEmail("not an address");
    fails(ConstraintViolationException.class, () -> runner.run(code, () -> branding.save(form)));
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "branding.logo.type",
        fails(BusinessException.class, () -> runner.run(code, () -> branding.uploadLogo(html)))
            .messageKey());
    byte[] huge = new byte[1024 * 1024 + 1];
    System.arraycopy(Logos.png(10, 10), 0, huge, 0, 8);
    assertEquals(
        "branding.logo.tooLarge",
        fails(BusinessException.class, () -> runner.run(code, () -> branding.uploadLogo(huge)))
            .messageKey());
    assertTrue(as(code, () -> branding.logo()).isEmpty());
  }

  @Test
  void anUploadedDesignIsUsedByItsTenantOnlyAndABrokenOneIsRefused() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    assertEquals(Origin.DEFAULT, as(a, () -> designs.info("invoice")).origin());

    String custom = designWithMarker(a, "ACME-DESIGN");
    DesignInfo uploaded =
        as(a, () -> designs.upload("invoice", custom.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Origin.UPLOADED, uploaded.origin());
    assertEquals("system", uploaded.uploadedBy());
    assertTrue(PdfText.text(invoice(a, "en")).contains("ACME-DESIGN INVOICE"));
    assertFalse(PdfText.text(invoice(b, "en")).contains("ACME-DESIGN"), "tenant B keeps its own");
    assertEquals(Origin.DEFAULT, as(b, () -> designs.info("invoice")).origin());
    assertEquals(custom, as(a, () -> designs.source("invoice")), "download gives the upload");

    String broken = custom.replace("$P{SELLER_NAME}]]", "$P{SELLER_NAME}.noSuchMethod()]]");
    DesignInvalidException refused =
        fails(
            DesignInvalidException.class,
            () ->
                runner.run(
                    a, () -> designs.upload("invoice", broken.getBytes(StandardCharsets.UTF_8))));
    assertEquals("reports.design.invalid", refused.messageKey());
    assertTrue(refused.detail().contains("noSuchMethod"), refused.detail());
    assertTrue(
        PdfText.text(invoice(a, "en")).contains("ACME-DESIGN INVOICE"), "the old design stays");

    byte[] notXml = "this is not a design".getBytes(StandardCharsets.UTF_8);
    fails(
        DesignInvalidException.class, () -> runner.run(a, () -> designs.upload("invoice", notXml)));

    String fillsBadly = custom.replace("$P{DOC_NUMBER}]]", "$P{DOC_NUMBER}.substring(99)]]");
    DesignInvalidException atFill =
        fails(
            DesignInvalidException.class,
            () ->
                runner.run(
                    a,
                    () -> designs.upload("invoice", fillsBadly.getBytes(StandardCharsets.UTF_8))));
    assertTrue(
        atFill.detail().contains("DOC_NUMBER") || atFill.detail().contains("index"),
        atFill.detail());

    DesignInfo reset = as(a, () -> designs.resetToDefault("invoice"));
    assertEquals(Origin.DEFAULT, reset.origin());
    assertFalse(PdfText.text(invoice(a, "en")).contains("ACME-DESIGN"));
    String preview = PdfText.text(as(a, () -> designs.preview("invoice", "es")));
    assertTrue(preview.contains("FACTURA"), preview);
  }

  /** The standard design with extra elements at the top of its title (and datasets). */
  private String designWith(String code, String datasets, String titleElements) {
    String standard = as(code, () -> designs.source("invoice"));
    String changed =
        standard
            .replace("  <!-- the document -->", datasets + "\n  <!-- the document -->")
            .replace("<title height=\"184\">", "<title height=\"184\">" + titleElements);
    assertFalse(changed.equals(standard), "the probe went into the design");
    return changed;
  }

  private static String image(String location) {
    return "<element kind=\"image\" x=\"0\" y=\"0\" width=\"40\" height=\"20\">"
        + "<expression><![CDATA[\""
        + location
        + "\"]]></expression></element>";
  }

  private static final String LINES =
      "<dataset name=\"lines\"><field name=\"line\" class=\"java.lang.String\"/></dataset>";

  private static final String HUNDRED_THOUSAND_ROWS =
      "<element kind=\"component\" x=\"0\" y=\"0\" width=\"500\" height=\"150\">"
          + "<component kind=\"list\"><datasetRun subDataset=\"lines\"><dataSourceExpression>"
          + "<![CDATA[new net.sf.jasperreports.engine.JREmptyDataSource(100000)]]>"
          + "</dataSourceExpression></datasetRun><contents height=\"150\" width=\"500\">"
          + "<element kind=\"staticText\" x=\"0\" y=\"0\" width=\"100\" height=\"20\">"
          + "<text>row</text></element></contents></component></element>";

  private DesignInvalidException uploadRefused(String code, String jrxml) {
    return fails(
        DesignInvalidException.class,
        () ->
            runner.run(
                code, () -> designs.upload("invoice", jrxml.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void designsThatReadServerFilesOrUrlsAreRefused() throws IOException {
    String code = Codes.newTenant(console);
    DesignInvalidException file = uploadRefused(code, designWith(code, "", image("/etc/passwd")));
    assertEquals("reports.design.resource", file.messageKey(), file.detail());
    assertEquals("/etc/passwd", file.args()[0]);

    String csv =
        "<element kind=\"component\" x=\"0\" y=\"0\" width=\"500\" height=\"20\">"
            + "<component kind=\"list\"><datasetRun subDataset=\"lines\"><dataSourceExpression>"
            + "<![CDATA[new net.sf.jasperreports.engine.data.JRCsvDataSource(\"/etc/passwd\")]]>"
            + "</dataSourceExpression></datasetRun><contents height=\"20\" width=\"500\">"
            + "<element kind=\"textField\" x=\"0\" y=\"0\" width=\"500\" height=\"20\">"
            + "<expression><![CDATA[$F{line}]]></expression></element></contents></component>"
            + "</element>";
    DesignInvalidException field = uploadRefused(code, designWith(code, LINES, csv));
    assertTrue(field.detail().contains("JRCsvDataSource"), field.detail());

    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/logo.png";
      DesignInvalidException fetch = uploadRefused(code, designWith(code, "", image(url)));
      assertEquals("reports.design.resource", fetch.messageKey(), fetch.detail());
      assertEquals(url, fetch.args()[0]);
      server.setSoTimeout(300);
      assertThrows(SocketTimeoutException.class, server::accept, "no connection was opened");
    }
    assertEquals(Origin.DEFAULT, as(code, () -> designs.info("invoice")).origin());
    assertTrue(PdfText.text(invoice(code, "en")).contains("INVOICE"), "documents still render");
  }

  @Test
  void endlessDesignsAreStoppedOnUploadAndTheServerCarriesOn() {
    String code = Codes.newTenant(console);
    String endless =
        "<element kind=\"textField\" x=\"0\" y=\"0\" width=\"100\" height=\"20\"><expression>"
            + "<![CDATA[String.valueOf(java.math.BigInteger.valueOf(7).pow(5000000))]]>"
            + "</expression></element>";
    long start = System.nanoTime();
    DesignInvalidException slow = uploadRefused(code, designWith(code, "", endless));
    assertEquals("reports.design.timeout", slow.messageKey(), slow.detail());
    assertEquals(10L, slow.args()[0]);
    assertTrue(System.nanoTime() - start < 30_000_000_000L, "refused within the limit and grace");

    DesignInvalidException pages =
        uploadRefused(code, designWith(code, LINES, HUNDRED_THOUSAND_ROWS));
    assertEquals("reports.design.tooManyPages", pages.messageKey(), pages.detail());
    assertEquals(500, pages.args()[0]);

    assertEquals(Origin.DEFAULT, as(code, () -> designs.info("invoice")).origin());
    assertTrue(PdfText.text(invoice(code, "es")).contains("FACTURA"), "documents still render");
  }

  @Test
  void aStoredDesignIsBoundedWhenItRendersToo() {
    String code = Codes.newTenant(console);
    String huge = designWith(code, LINES, HUNDRED_THOUSAND_ROWS);
    runner.run(
        code,
        () ->
            tx.run(
                () -> {
                  ReportDesign d = new ReportDesign("invoice");
                  d.replace(huge, "test", ISSUED);
                  db.em().persist(d);
                }));
    DesignInvalidException e = fails(DesignInvalidException.class, () -> invoice(code, "en"));
    assertEquals("reports.design.tooManyPages", e.messageKey(), e.detail());
    String sneaky = designWith(code, "", image("file:/etc/passwd"));
    runner.run(
        code,
        () ->
            tx.run(() -> db.em().find(ReportDesign.class, "invoice").replace(sneaky, "t", ISSUED)));
    DesignInvalidException read = fails(DesignInvalidException.class, () -> invoice(code, "en"));
    assertEquals("reports.design.resource", read.messageKey(), read.detail());
  }

  @Test
  void aLogoDeclaringHugeDimensionsIsRefusedBeforeDecoding() {
    String code = Codes.newTenant(console);
    byte[] wide = Logos.png(LogoStore.MAX_SIDE + 1, 10);
    BusinessException e =
        fails(BusinessException.class, () -> runner.run(code, () -> branding.uploadLogo(wide)));
    assertEquals("branding.logo.dimensions", e.messageKey());
    assertEquals(LogoStore.MAX_SIDE + 1, e.args()[1]);
    assertTrue(as(code, () -> branding.logo()).isEmpty());
  }
}
