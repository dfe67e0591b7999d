package com.orderpool.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Fills the current tenant's design of a document with the caller's parameters and lines, adding
 * the tenant's branding, the design's texts in the document's language and that language's number
 * and date formats. Callers run inside a transaction (the design and branding are tenant data).
 */
@ApplicationScoped
public class DocumentRenderer {
  @Inject ReportDesigns designs;
  @Inject Branding branding;
  @Inject ZoneId zone;

  /** One document to render: its parameters, its lines and its language. */
  public record Document(
      Map<String, Object> params, List<? extends Map<String, ?>> rows, Locale locale) {}

  /** One document as a PDF. */
  public byte[] pdf(
      String reportName,
      Map<String, Object> params,
      List<? extends Map<String, ?>> rows,
      Locale locale) {
    return Jasper.pdf(List.of(fill(reportName, params, rows, locale)));
  }

  /** Several documents, in order, as one PDF (e.g. "Print invoices"). */
  public byte[] mergedPdf(String reportName, List<Document> documents) {
    return Jasper.pdf(
        documents.stream().map(d -> fill(reportName, d.params(), d.rows(), d.locale())).toList());
  }

  /** Fills the tenant's design in use; the branding parameters win over the caller's. */
  public JasperPrint fill(
      String reportName,
      Map<String, Object> params,
      List<? extends Map<String, ?>> rows,
      Locale locale) {
    return fill(designs.report(reportName), reportName, params, rows, locale);
  }

  /** Fills a given compiled design (e.g. one being checked before it is saved). */
  public JasperPrint fill(
      JasperReport report,
      String reportName,
      Map<String, Object> params,
      List<? extends Map<String, ?>> rows,
      Locale locale) {
    Map<String, Object> p = new HashMap<>(params);
    p.putAll(branding.params());
    return Jasper.fill(
        report,
        p,
        rows,
        locale,
        ReportTexts.bundle(reportName, locale).orElse(null),
        TimeZone.getTimeZone(zone));
  }
}
