package com.orderpool.reports;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.reports.boundary.BrandingForm;
import com.orderpool.reports.boundary.BrandingService;
import com.orderpool.reports.boundary.DesignInfo;
import com.orderpool.reports.boundary.Documents;
import com.orderpool.reports.boundary.ReportDesignService;
import com.orderpool.reports.control.DesignInvalidException;
import com.orderpool.reports.control.ReportDesigns.Origin;
import com.orderpool.reports.control.SampleInvoice;
import com.orderpool.support.Codes;
import com.orderpool.support.Deployments;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoices rendered inside the server: DejaVu embedded, the tenant's branding and logo on the page,
 * an uploaded design used by that tenant only, a broken design refused with the compiler's message
 * (the previous one stays), and going back to the standard design.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {
  static final Instant ISSUED = Instant.parse("2026-11-20T10:00:00Z");

  @Deployment
  static WebArchive deployment() {
    return PdfText.addTo(Deployments.war()).addClass(Logos.class);
  }

  @Inject PlatformConsole console;
  @Inject Documents documents;
  @Inject ReportDesignService designs;
  @Inject BrandingService branding;
  @Inject TenantRunner runner;

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
                        new Documents.Document(
                            SampleInvoice.invoice("en", code, ISSUED).params(),
                            SampleInvoice.invoice("en", code, ISSUED).rows(),
                            Locale.ENGLISH),
                        new Documents.Document(
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
}
