package com.orderpool.reports.boundary;

import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.BusinessException;
import com.orderpool.reports.control.DesignInvalidException;
import com.orderpool.reports.control.DocumentRenderer;
import com.orderpool.reports.control.Jasper;
import com.orderpool.reports.control.RegisterReports;
import com.orderpool.reports.control.ReportDesigns;
import com.orderpool.reports.control.ReportTexts;
import com.orderpool.reports.control.SampleInvoice;
import com.orderpool.reports.control.SamplePackingSlip;
import com.orderpool.reports.entity.ReportDesign;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The current tenant's document designs: which one is in use, download it, upload a replacement
 * (compiled and test-filled with the sample invoice and credit note, packing slips or register in
 * English and Spanish before it is accepted, so a broken design never replaces a working one), go
 * back to the shipped design, and preview a sample as PDF. Tenant admins change designs; everyone
 * may read them.
 */
@Allow(TENANT_ADMIN)
@Stateless
public class ReportDesignService {
  /** The designs a tenant may replace: the invoice, the packing slip and every register. */
  public static final Set<String> NAMES =
      Set.of(
          "invoice",
          "packing-slip",
          "invoices",
          "credit-notes",
          "payments",
          "vat",
          "orders",
          "wip",
          "cancellations",
          "receivables",
          "commissions");

  static final String INVOICE = "invoice";
  static final String PACKING_SLIP = "packing-slip";

  public static final int MAX_BYTES = 1024 * 1024;
  static final List<String> SAMPLE_LANGUAGES = List.of("en", "es");

  @Inject ReportDesigns designs;
  @Inject DocumentRenderer renderer;
  @Inject TenantContext tenant;
  @Inject TenantDatabase db;
  @Inject Clock clock;
  @Inject ZoneId zone;
  @Inject RegisterReports registers;

  public DesignInfo info(@NotNull String name) {
    ReportDesigns.Source s = designs.source(known(name));
    return new DesignInfo(name, s.origin(), s.uploadedAt(), s.uploadedBy());
  }

  /** The JRXML in use (the tenant's upload, its pack's or the default). */
  public String source(@NotNull String name) {
    return designs.source(known(name)).jrxml();
  }

  /**
   * Replaces the tenant's design after compiling it and filling it with the samples; throws {@link
   * DesignInvalidException} with the engine's message otherwise (the old design stays).
   */
  public DesignInfo upload(@NotNull String name, @NotNull byte[] jrxml) {
    known(name);
    if (jrxml.length > MAX_BYTES) {
      throw new BusinessException("design", "reports.design.tooLarge", MAX_BYTES / 1024);
    }
    String text = new String(jrxml, StandardCharsets.UTF_8);
    check(name, text);
    ReportDesign d =
        designs
            .uploaded(name)
            .orElseGet(
                () -> {
                  ReportDesign created = new ReportDesign(name);
                  db.em().persist(created);
                  return created;
                });
    d.replace(text, tenant.actor(), clock.instant());
    return info(name);
  }

  /** Compiles a design and fills and exports the samples with it; throws when any step fails. */
  public void check(@NotNull String name, @NotNull String jrxml) {
    JasperReport report = designs.compiled(known(name), jrxml);
    if (PACKING_SLIP.equals(name)) {
      checkPackingSlip(report);
      return;
    }
    if (!INVOICE.equals(name)) {
      registers.check(name, report, zone, clock.instant());
      return;
    }
    List<JasperPrint> prints = new ArrayList<>();
    Instant now = clock.instant();
    String code = db.tenantCode();
    for (String lang : SAMPLE_LANGUAGES) {
      for (SampleInvoice.Document doc :
          List.of(
              SampleInvoice.invoice(lang, code, now), SampleInvoice.creditNote(lang, code, now))) {
        prints.add(renderer.fill(report, name, doc.params(), doc.rows(), ReportTexts.locale(lang)));
      }
    }
    Jasper.pdf(prints);
  }

  /** Fills a packing slip design with the samples (shipped and not yet) in every language. */
  private void checkPackingSlip(JasperReport report) {
    List<JasperPrint> prints = new ArrayList<>();
    Instant now = clock.instant();
    String code = db.tenantCode();
    for (String lang : SAMPLE_LANGUAGES) {
      for (SampleInvoice.Document doc :
          List.of(
              SamplePackingSlip.shipped(lang, code, now),
              SamplePackingSlip.unshipped(lang, code, now))) {
        prints.add(
            renderer.fill(
                report, PACKING_SLIP, doc.params(), doc.rows(), ReportTexts.locale(lang)));
      }
    }
    Jasper.pdf(prints);
  }

  /** Drops the tenant's upload, so the shipped design applies again. */
  public DesignInfo resetToDefault(@NotNull String name) {
    designs.uploaded(known(name)).ifPresent(db.em()::remove);
    db.em().flush();
    return new DesignInfo(name, designs.shippedSource(db.tenantCode(), name).origin(), null, null);
  }

  /** The sample invoice rendered with the design in use and the tenant's branding. */
  public byte[] preview(@NotNull String name, @NotNull String language) {
    String lang = "es".equals(language) ? "es" : ReportTexts.FALLBACK_LANGUAGE;
    if (PACKING_SLIP.equals(known(name))) {
      SampleInvoice.Document doc =
          SamplePackingSlip.shipped(lang, db.tenantCode(), clock.instant());
      return renderer.pdf(name, doc.params(), doc.rows(), ReportTexts.locale(lang));
    }
    if (!INVOICE.equals(name)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      registers.sample(name, designs.report(name), zone, clock.instant(), lang, out);
      return out.toByteArray();
    }
    SampleInvoice.Document doc = SampleInvoice.invoice(lang, db.tenantCode(), clock.instant());
    return renderer.pdf(known(name), doc.params(), doc.rows(), ReportTexts.locale(lang));
  }

  private static String known(String name) {
    if (!NAMES.contains(name)) {
      throw new BusinessException("design", "reports.design.unknown", name);
    }
    return name;
  }
}
