package com.orderpool.reports.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The JasperReports engine as Orderpool uses it, with no container: compile a JRXML design, fill it
 * with parameters and rows, export one or more filled documents as one PDF. Designs may be uploaded
 * by tenants, so expressions run behind the engine's class filter: they can use the report's
 * parameters and fields, strings, numbers, dates and formats, and nothing else. Everything runs in
 * the {@link DesignSandbox} (bundled resources only, no query languages but an unused SQL), and
 * fills are bounded in time and pages by {@link BoundedFill}.
 */
public final class Jasper {
  /**
   * Classes a design's expressions may use beyond the engine's own list. {@code
   * jdk.internal.reflect} is there because, after about 15 fills of one compiled design, the JVM
   * generates a reflection accessor for its expression class that loads through the filtered class
   * loader; expressions themselves cannot reach that package (the module system does not export
   * it).
   */
  static final String EXPRESSION_CLASSES =
      String.join(
          ",",
          "java.lang.Object",
          "java.lang.Number",
          "java.lang.CharSequence",
          "java.math.BigDecimal",
          "java.math.BigInteger",
          "java.math.RoundingMode",
          "java.util.Date",
          "java.util.Locale",
          "java.util.TimeZone",
          "java.util.Objects",
          "java.text.DecimalFormat",
          "java.text.DecimalFormatSymbols",
          "java.text.NumberFormat",
          "java.text.DateFormat",
          "java.text.SimpleDateFormat",
          "java.text.MessageFormat",
          "java.time.**",
          "java.awt.Image",
          "java.io.InputStream",
          "jdk.internal.reflect.*");

  private static final SimpleJasperReportsContext CONTEXT = DesignSandbox.context();

  private Jasper() {}

  /**
   * Compiles a JRXML design; a broken one, or one that names a resource bundle of its own, throws
   * {@link DesignInvalidException}.
   */
  public static JasperReport compile(String jrxml) {
    if (jrxml == null || jrxml.isBlank()) {
      throw new DesignInvalidException("the design is empty");
    }
    JasperReport report;
    try {
      report =
          JasperCompileManager.getInstance(CONTEXT)
              .compile(new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
    } catch (JRException | RuntimeException e) {
      throw refusal(e);
    }
    DesignSandbox.checkCompiled(report);
    return report;
  }

  /**
   * Fills a design in the sandbox, within the document limits (10 s, 500 pages). The bundle and
   * locale become {@code REPORT_RESOURCE_BUNDLE} and {@code REPORT_LOCALE}, so texts and number
   * formats follow the document's language. Rows are the detail lines (field name to value).
   */
  public static JasperPrint fill(
      JasperReport report,
      Map<String, ?> params,
      List<? extends Map<String, ?>> rows,
      Locale locale,
      ResourceBundle bundle,
      TimeZone zone) {
    return fill(report, params, rows, locale, bundle, zone, BoundedFill.Limits.DOCUMENT);
  }

  static JasperPrint fill(
      JasperReport report,
      Map<String, ?> params,
      List<? extends Map<String, ?>> rows,
      Locale locale,
      ResourceBundle bundle,
      TimeZone zone,
      BoundedFill.Limits limits) {
    Map<String, Object> p = new HashMap<>(params);
    p.put(JRParameter.REPORT_LOCALE, locale);
    p.put(JRParameter.REPORT_TIME_ZONE, zone);
    if (bundle != null) {
      p.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundle);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Collection<Map<String, ?>> data = (Collection) new ArrayList<>(rows == null ? List.of() : rows);
    return BoundedFill.fill(CONTEXT, report, p, new JRMapCollectionDataSource(data), limits);
  }

  /**
   * Fills a design from a data source within the given limits (e.g. a register, whose rows come
   * from a spool file and whose pages may go to a virtualizer passed in the parameters).
   */
  static JasperPrint fill(
      JasperReport report,
      Map<String, ?> params,
      net.sf.jasperreports.engine.JRDataSource data,
      Locale locale,
      ResourceBundle bundle,
      TimeZone zone,
      BoundedFill.Limits limits) {
    Map<String, Object> p = new HashMap<>(params);
    p.put(JRParameter.REPORT_LOCALE, locale);
    p.put(JRParameter.REPORT_TIME_ZONE, zone);
    if (bundle != null) {
      p.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundle);
    }
    return BoundedFill.fill(CONTEXT, report, p, data, limits);
  }

  /** Exports one filled document as PDF to a stream. */
  static void pdf(JasperPrint document, java.io.OutputStream out) {
    JRPdfExporter exporter = new JRPdfExporter(CONTEXT);
    exporter.setExporterInput(new SimpleExporterInput(document));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    try {
      exporter.exportReport();
    } catch (JRException | RuntimeException e) {
      throw refusal(e);
    }
  }

  /** Exports filled documents, in order, as one PDF. */
  public static byte[] pdf(List<JasperPrint> documents) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no documents to export");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    JRPdfExporter exporter = new JRPdfExporter(CONTEXT);
    exporter.setExporterInput(SimpleExporterInput.getInstance(documents));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    try {
      exporter.exportReport();
    } catch (JRException | RuntimeException e) {
      throw refusal(e);
    }
    return out.toByteArray();
  }

  /** Orderpool's own refusal among the causes, else the engine's message as a refusal. */
  static DesignInvalidException refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DesignInvalidException d) {
        return d;
      }
    }
    return new DesignInvalidException(describe(e));
  }

  /** The engine's message with its causes, without stack traces. */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null && b.length() < DesignInvalidException.MAX_DETAIL; ) {
      String m = t.getMessage();
      if (m != null && !m.isBlank() && b.indexOf(m.strip()) < 0) {
        if (b.length() > 0) {
          b.append(" — ");
        }
        b.append(m.strip());
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return b.length() == 0 ? e.getClass().getSimpleName() : b.toString();
  }
}
