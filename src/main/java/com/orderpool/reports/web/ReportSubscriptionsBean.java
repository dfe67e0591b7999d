package com.orderpool.reports.web;

import com.orderpool.reports.boundary.ReportSubscriptions;
import com.orderpool.reports.boundary.Reports;
import com.orderpool.reports.boundary.Reports.ReportInfo;
import com.orderpool.reports.control.ReportFormat;
import com.orderpool.reports.entity.Frequency;
import com.orderpool.web.LocaleBean;
import com.orderpool.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "My scheduled reports" on the reports page: subscribe to a report by e-mail (report, format,
 * frequency, language), see my subscriptions with their next delivery, and unsubscribe.
 */
@Named
@ViewScoped
public class ReportSubscriptionsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReportSubscriptions subscriptions;
  @Inject Reports reports;
  @Inject LocaleBean locale;

  private List<ReportInfo> reportOptions;
  private List<ReportSubscriptions.Row> mine;
  private String report;
  private ReportFormat format = ReportFormat.PDF;
  private Frequency frequency = Frequency.MONTHLY;
  private String language;

  @PostConstruct
  void init() {
    language = locale.getLanguage();
    reportOptions = reports.list(language);
    report = reportOptions.isEmpty() ? null : reportOptions.get(0).name();
    mine = subscriptions.mine(language);
  }

  public void subscribe() {
    ReportSubscriptions.Row row =
        subscriptions.subscribe(report, format, frequency, language, null);
    Messages.info("reports.subscriptions.added", row.title(), row.nextDelivery().toString());
    mine = subscriptions.mine(locale.getLanguage());
  }

  public void unsubscribe(long id) {
    subscriptions.unsubscribe(id);
    Messages.info("reports.subscriptions.removed");
    mine = subscriptions.mine(locale.getLanguage());
  }

  public List<ReportInfo> getReportOptions() {
    return reportOptions;
  }

  public List<ReportSubscriptions.Row> getMine() {
    return mine;
  }

  public ReportFormat[] getFormats() {
    return ReportFormat.values();
  }

  public Frequency[] getFrequencies() {
    return Frequency.values();
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public ReportFormat getFormat() {
    return format;
  }

  public void setFormat(ReportFormat format) {
    this.format = format;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public void setFrequency(Frequency frequency) {
    this.frequency = frequency;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = "es".equals(language) ? "es" : "en";
  }
}
