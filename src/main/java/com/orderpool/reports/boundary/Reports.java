package com.orderpool.reports.boundary;

import static com.orderpool.tenancy.Roles.ACCOUNTANT;
import static com.orderpool.tenancy.Roles.TENANT_ADMIN;

import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.reports.control.Periods;
import com.orderpool.reports.control.RegisterCatalog;
import com.orderpool.reports.control.RegisterReports;
import com.orderpool.reports.control.RegisterTexts;
import com.orderpool.reports.control.ReportFormat;
import com.orderpool.tenancy.Allow;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The current tenant's reports (registers of invoices, credit notes, payments, VAT, orders, work in
 * progress, cancellations and receivables) as PDF, XLSX or CSV, for accountants and tenant admins.
 * Reports only read. An unknown report is not found.
 */
@Allow({TENANT_ADMIN, ACCOUNTANT})
@Stateless
public class Reports {
  @Inject RegisterCatalog catalog;
  @Inject RegisterReports reports;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject ZoneId zone;
  @Inject TenantProfile profile;

  /** A report as the reports page lists it. */
  public record ReportInfo(String name, String title, Set<RegisterQuery.Filter> filters)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Every report, in the page's order, titled in the language. */
  public List<ReportInfo> list(String language) {
    return catalog.names().stream()
        .map(
            n ->
                new ReportInfo(
                    n, RegisterTexts.of(n, language).title(), reports.register(n).filters()))
        .toList();
  }

  /** A preset period around today, in the tenant's time zone. */
  public Periods.Range period(@NotNull Periods.Preset preset) {
    return Periods.of(preset, LocalDate.ofInstant(clock.instant(), zone));
  }

  /** The tenant's currency, the reports page's default currency filter. */
  public String tenantCurrency() {
    return profile.currency();
  }

  /** The query for a report's parameters (validated: from before to, at most ten years). */
  public RegisterQuery query(
      @NotNull LocalDate from, @NotNull LocalDate to, String status, String currency, String lang) {
    return new RegisterQuery(from, to, status, currency, lang, zone, clock.instant());
  }

  /** The file name of a report download. */
  public String fileName(@NotNull String name, @NotNull RegisterQuery q, @NotNull ReportFormat f) {
    reports.register(name);
    return RegisterTexts.of(name, q.language()).fileName(q, f);
  }

  /** How many register rows the report has (an unknown report is not found). */
  public long count(@NotNull String name, @NotNull RegisterQuery q) {
    return reports.register(name).count(q);
  }

  /**
   * Writes one report to the stream; returns the register rows written. Reads in one transaction,
   * so the file is one consistent picture of the data.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long write(
      @NotNull String name,
      @NotNull ReportFormat format,
      @NotNull RegisterQuery q,
      @NotNull OutputStream out) {
    Register r = reports.register(name);
    return reports.write(r.name(), format, q, tenant.actor(), out);
  }
}
