package com.orderpool.reports.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.STAFF;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.reports.control.DocumentRenderer;
import com.orderpool.reports.control.DocumentRenderer.Document;
import com.orderpool.tenancy.Allow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders documents (e.g. {@code "invoice"}, which also serves credit notes) as PDF for the current
 * tenant, with its design and branding. Parameters and line fields follow the design's contract
 * (see {@code reports/invoice.jrxml}); the branding parameters are added here and callers do not
 * pass them. Joins the caller's transaction. Other contexts' control classes use {@link
 * DocumentRenderer} directly.
 */
@Allow({TENANT_ADMIN, STAFF, ACCOUNTANT})
@Stateless
public class Documents {
  @Inject DocumentRenderer renderer;

  /** One document as a PDF. */
  public byte[] pdf(
      @NotNull String reportName,
      @NotNull Map<String, Object> params,
      @NotNull List<? extends Map<String, ?>> rows,
      @NotNull Locale locale) {
    return renderer.pdf(reportName, params, rows, locale);
  }

  /** Several documents, in order, as one PDF (e.g. "Print invoices"). */
  public byte[] mergedPdf(@NotNull String reportName, @NotEmpty List<Document> documents) {
    return renderer.mergedPdf(reportName, documents);
  }
}
