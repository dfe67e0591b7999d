package com.orderpool.platform.web;

import com.orderpool.platform.boundary.PlatformUsage;
import com.orderpool.platform.control.TenantUsage;
import com.orderpool.platform.control.UsageReport;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The platform console's usage page: every tenant's figures, measured once when the page opens and
 * sorted and searched in the table; the CSV export ({@link UsageCsvServlet}) measures again.
 */
@Named
@ViewScoped
public class UsageBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlatformUsage usage;

  private UsageReport report;
  private List<TenantUsage> filtered;

  @PostConstruct
  void init() {
    report = usage.report();
  }

  public UsageReport getReport() {
    return report;
  }

  public List<TenantUsage> getRows() {
    return report.tenants();
  }

  public List<TenantUsage> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<TenantUsage> filtered) {
    this.filtered = filtered;
  }

  /** This month as a column header shows it, e.g. "Nov 2026". */
  public String getThisMonth() {
    return month(report.months().thisMonth(), "MMM yyyy");
  }

  public String getLastMonth() {
    return month(report.months().lastMonth(), "MMM yyyy");
  }

  /** This month in full, e.g. "November 2026". */
  public String getThisMonthLong() {
    return month(report.months().thisMonth(), "LLLL yyyy");
  }

  public String getLastMonthLong() {
    return month(report.months().lastMonth(), "LLLL yyyy");
  }

  /** When the figures were measured, in the server's time zone, e.g. "2026-11-21 10:32". */
  public String getMeasuredAt() {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(report.zone())
        .format(report.measuredAt());
  }

  /** A byte count for people, e.g. "3.5 MB" (exact bytes are in the CSV export). */
  public String size(long bytes) {
    return ByteSize.format(bytes, locale());
  }

  /** A tenant's storage in parts, e.g. "Database 1.2 MB · Files 14.0 KB". */
  public String storageDetail(TenantUsage u) {
    Locale locale = locale();
    return Messages.text(
        locale,
        "usage.storage.detail",
        ByteSize.format(u.getDatabaseBytes(), locale),
        ByteSize.format(u.getFileBytes(), locale));
  }

  private static String month(YearMonth month, String pattern) {
    return DateTimeFormatter.ofPattern(pattern, locale()).format(month);
  }

  private static Locale locale() {
    FacesContext fc = FacesContext.getCurrentInstance();
    return fc == null || fc.getViewRoot() == null ? Locale.ENGLISH : fc.getViewRoot().getLocale();
  }
}
