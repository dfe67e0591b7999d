package com.orderpool.reports.web;

import com.orderpool.core.RegisterQuery;
import com.orderpool.orders.boundary.StatusSettings;
import com.orderpool.orders.entity.OrderStatus;
import com.orderpool.reports.boundary.Reports;
import com.orderpool.reports.boundary.Reports.ReportInfo;
import com.orderpool.reports.control.Periods;
import com.orderpool.web.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The reports page: a period (preset or own dates, the last day included), the filters, and each
 * report's download links, which are the stable {@code /files/reports/...} URLs.
 */
@Named
@ViewScoped
public class ReportsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Reports reports;
  @Inject StatusSettings statuses;
  @Inject LocaleBean locale;

  private List<ReportInfo> list;
  private List<OrderStatus> statusOptions;
  private Periods.Preset preset = Periods.Preset.LAST_MONTH;
  private LocalDate from;
  private LocalDate until;
  private String status;
  private String currency;
  private String language;

  @PostConstruct
  void init() {
    language = locale.getLanguage();
    list = reports.list(language);
    statusOptions = statuses.list();
    currency = reports.tenantCurrency();
    applyPreset();
  }

  /** Sets the dates from the chosen preset (a custom range keeps the dates as they are). */
  public void applyPreset() {
    if (preset != Periods.Preset.CUSTOM) {
      Periods.Range r = reports.period(preset);
      from = r.from();
      until = r.to().minusDays(1);
    }
  }

  /** Dates typed by hand make the period custom. */
  public void datesChanged() {
    preset = Periods.Preset.CUSTOM;
  }

  /** Whether the dates make a period (from on or before until, at most ten years). */
  public boolean isValidPeriod() {
    return from != null
        && until != null
        && !from.isAfter(until)
        && !from.plusDays(RegisterQuery.MAX_DAYS).isBefore(until.plusDays(1));
  }

  /** The download URL of a report in a format, with the page's parameters. */
  public String href(ReportInfo report, String extension) {
    StringBuilder b =
        new StringBuilder(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
            .append("/files/reports/")
            .append(report.name())
            .append('.')
            .append(extension)
            .append("?from=")
            .append(from)
            .append("&to=")
            .append(until.plusDays(1))
            .append("&lang=")
            .append(language);
    if (report.filters().contains(RegisterQuery.Filter.STATUS) && notBlank(status)) {
      b.append("&status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
    }
    if (report.filters().contains(RegisterQuery.Filter.CURRENCY) && notBlank(currency)) {
      b.append("&currency=").append(URLEncoder.encode(currency, StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  public boolean takesStatus(ReportInfo report) {
    return report.filters().contains(RegisterQuery.Filter.STATUS);
  }

  public List<ReportInfo> getList() {
    return list;
  }

  public List<OrderStatus> getStatusOptions() {
    return statusOptions;
  }

  public Periods.Preset[] getPresets() {
    return Periods.Preset.values();
  }

  public Periods.Preset getPreset() {
    return preset;
  }

  public void setPreset(Periods.Preset preset) {
    this.preset = preset;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = "es".equals(language) ? "es" : "en";
  }
}
