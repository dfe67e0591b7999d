package com.orderpool.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.reports.boundary.BrandingForm;
import com.orderpool.reports.boundary.BrandingService;
import com.orderpool.reports.boundary.Documents;
import com.orderpool.reports.control.DocumentRenderer.Document;
import com.orderpool.reports.control.Jasper;
import com.orderpool.reports.control.SampleInvoice;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (mvn verify -Pbench -Dit.test=ReportsBench), in the server: the time to render one
 * invoice PDF through {@link Documents#pdf} (design lookup, branding with a logo, fill, export; its
 * own transaction), 100 renders after 20 warm-ups; plus a cold compile of the default design and a
 * 20-invoice "Print invoices" PDF. Writes target/bench/reports.txt.
 */
class ReportsBench extends InContainer {
  static final int WARMUP = 20;
  static final int RUNS = 100;

  @Inject PlatformConsole console;
  @Inject Documents documents;
  @Inject BrandingService branding;
  @Inject TenantRunner runner;

  @Test
  void renderOneInvoice() throws IOException {
    String code = Codes.newTenant(console);
    BrandingForm form = new BrandingForm();
    form.setAddress("Carrer de Pujades 77\n08005 Barcelona");
    form.setVatId("ESB12345678");
    form.setBankDetails("IBAN ES91 2100 0418 4502 0005 1332");
    runner.run(code, () -> branding.save(form));
    runner.run(code, () -> branding.uploadLogo(Logos.png(600, 180)));
    SampleInvoice.Document doc = SampleInvoice.invoice("en", code, Instant.now());

    String jrxml;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("reports/invoice.jrxml")) {
      jrxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    long c0 = System.nanoTime();
    Jasper.compile(jrxml + "\n<!-- cold -->");
    double compileMs = (System.nanoTime() - c0) / 1e6;

    int bytes = 0;
    for (int i = 0; i < WARMUP; i++) {
      bytes = render(code, doc).length;
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      render(code, doc);
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    Collections.sort(ms);

    List<Document> twenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      twenty.add(new Document(doc.params(), doc.rows(), Locale.ENGLISH));
    }
    runner.call(code, () -> documents.mergedPdf("invoice", twenty));
    long m0 = System.nanoTime();
    byte[] merged = runner.call(code, () -> documents.mergedPdf("invoice", twenty));
    double mergedMs = (System.nanoTime() - m0) / 1e6;

    String report =
        String.format(
            Locale.ROOT,
            "render one invoice PDF (3 lines, logo, in the server), n=%d after %d warm-ups:"
                + " median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms; %d bytes%n"
                + "compile the default design once (cold, new content): %.0f ms%n"
                + "20 invoices as one PDF (mergedPdf): %.0f ms, %d bytes%n",
            RUNS,
            WARMUP,
            (ms.get(RUNS / 2 - 1) + ms.get(RUNS / 2)) / 2,
            ms.get(RUNS * 9 / 10 - 1),
            ms.get(0),
            ms.get(RUNS - 1),
            bytes,
            compileMs,
            mergedMs,
            merged.length);
    Path out = Path.of(System.getProperty("orderpool.buildDir", "target"), "bench", "reports.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.print(report);
    assertEquals(RUNS, ms.size());
    assertTrue(bytes > 0);
  }

  private byte[] render(String code, SampleInvoice.Document doc) {
    return runner.call(
        code, () -> documents.pdf("invoice", doc.params(), doc.rows(), Locale.ENGLISH));
  }
}
