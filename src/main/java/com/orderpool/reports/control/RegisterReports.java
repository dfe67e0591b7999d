package com.orderpool.reports.control;

import com.orderpool.core.NotFoundException;
import com.orderpool.core.Register;
import com.orderpool.core.RegisterQuery;
import com.orderpool.core.TableWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * Turns a register into a file: CSV and XLSX are written row by row as the rows stream from the
 * database (XLSX adds a Summary sheet); a PDF fills the tenant's design of the report (its upload,
 * its pack's or the default {@code reports/<name>.jrxml}) from rows spooled to a temporary file,
 * with its pages swapped to disk, so no size of register is held in memory. Runs in the caller's
 * tenant transaction.
 */
@ApplicationScoped
public class RegisterReports {
  /** How often a long report tells its progress. */
  public static final int PROGRESS_EVERY = 250;

  /** Pages a PDF keeps in memory before the rest go to the swap file. */
  static final int PAGES_IN_MEMORY = 100;

  @Inject RegisterCatalog catalog;
  @Inject ReportDesigns designs;
  @Inject Branding branding;

  /** The report's register; unknown names are not found. */
  public Register register(String name) {
    return catalog.find(name).orElseThrow(() -> new NotFoundException("report", name));
  }

  /** The report's texts in a language. */
  public RegisterTexts texts(String name, String language) {
    return RegisterTexts.of(name, language);
  }

  /** Writes one report; returns the number of register rows written. */
  public long write(
      String name, ReportFormat format, RegisterQuery query, String actor, OutputStream out) {
    return write(name, format, query, actor, out, rows -> {});
  }

  /**
   * Writes one report, telling {@code progress} the rows read so far every {@link #PROGRESS_EVERY}
   * rows; returns the number of register rows written.
   */
  public long write(
      String name,
      ReportFormat format,
      RegisterQuery query,
      String actor,
      OutputStream out,
      java.util.function.LongConsumer progress) {
    Register register = Progress.counting(register(name), progress);
    RegisterTexts texts = texts(name, query.language());
    try {
      return switch (format) {
        case CSV, XLSX -> table(register, texts, format, query, out);
        case PDF -> pdf(register, texts, designs.report(name), query, actor, out);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long table(
      Register register,
      RegisterTexts texts,
      ReportFormat format,
      RegisterQuery query,
      OutputStream out)
      throws IOException {
    TableWriter.Format f =
        format == ReportFormat.CSV ? TableWriter.Format.CSV : TableWriter.Format.XLSX;
    try (TableWriter w =
        TableWriter.open(f, out, texts.title(), texts.columns(register.fields()))) {
      register.rows(
          query,
          row -> {
            try {
              w.row(texts.decoded(register.fields(), row));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      long rows = w.rows();
      if (f == TableWriter.Format.XLSX) {
        w.sheet(texts.summaryTitle(), texts.columns(register.summaryFields()));
        for (Object[] s : register.summary(query)) {
          w.row(texts.decoded(register.summaryFields(), s));
        }
      }
      return rows;
    }
  }

  /** Fills a design with a register and exports it as PDF. */
  long pdf(
      Register register,
      RegisterTexts texts,
      JasperReport design,
      RegisterQuery query,
      String actor,
      OutputStream out) {
    try (RowSpool spool = new RowSpool()) {
      register.rows(query, row -> spool.add(texts.decoded(register.fields(), row)));
      List<Object[]> summary = new ArrayList<>();
      for (Object[] s : register.summary(query)) {
        summary.add(texts.decoded(register.summaryFields(), s));
      }
      fillAndExport(register, texts, design, query, actor, spool.reader(), summary, out);
      return spool.rows();
    }
  }

  /**
   * Test-fills a design of a register with sample rows (every field of its type, negative amounts
   * included) and summary rows, in English and Spanish, and exports it; throws {@link
   * DesignInvalidException} when any step fails. Used before an uploaded design is accepted.
   */
  public void check(String name, JasperReport design, ZoneId zone, Instant now) {
    for (String lang : List.of("en", "es")) {
      sample(name, design, zone, now, lang, OutputStream.nullOutputStream());
    }
  }

  /** The design filled with sample rows for this month, as PDF (a preview of a design). */
  public void sample(
      String name, JasperReport design, ZoneId zone, Instant now, String lang, OutputStream out) {
    Register register = register(name);
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate month = today.withDayOfMonth(1);
    RegisterQuery q = new RegisterQuery(month, month.plusMonths(1), null, null, lang, zone, now);
    RegisterTexts texts = texts(name, lang);
    try (RowSpool spool = new RowSpool()) {
      for (int i = 0; i < 3; i++) {
        spool.add(texts.decoded(register.fields(), SampleRows.row(register.fields(), i, today)));
      }
      List<Object[]> summary = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        summary.add(
            texts.decoded(
                register.summaryFields(), SampleRows.row(register.summaryFields(), i, today)));
      }
      fillAndExport(register, texts, design, q, texts.text("sample"), spool.reader(), summary, out);
    }
  }

  /** Fills a design with rows already decoded (also used to test-fill an uploaded design). */
  void fillAndExport(
      Register register,
      RegisterTexts texts,
      JasperReport design,
      RegisterQuery query,
      String actor,
      RowSpool.Reader rows,
      List<Object[]> summary,
      OutputStream out) {
    Map<String, Object> params = new HashMap<>(texts.headerParams(register, query, actor));
    params.putAll(branding.params());
    JRSwapFileVirtualizer virtualizer =
        new JRSwapFileVirtualizer(
            PAGES_IN_MEMORY, new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256), true);
    params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    try {
      Locale locale = texts.locale();
      ResourceBundle bundle = texts.bundle();
      JasperPrint print =
          Jasper.fill(
              design,
              params,
              new RegisterDataSource(rows, register, summary, query.zone()),
              locale,
              bundle,
              TimeZone.getTimeZone(query.zone()),
              BoundedFill.Limits.REGISTER);
      virtualizer.setReadOnly(true);
      Jasper.pdf(print, out);
    } finally {
      virtualizer.cleanup();
    }
  }
}
