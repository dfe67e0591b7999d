package com.orderpool.reports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.query.JRJdbcQueryExecuterFactory;
import net.sf.jasperreports.engine.query.JRQueryExecuterFactoryBundle;
import net.sf.jasperreports.engine.query.QueryExecuterFactory;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryContext;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * The engine context every design is compiled, filled and exported with. Designs may be uploaded by
 * tenants, so besides the class filter (see {@link Jasper#EXPRESSION_CLASSES}) it takes away what
 * the engine would otherwise reach on a design's behalf:
 *
 * <ul>
 *   <li>Resources (images, subreports, style templates, data adapters, fonts, CSV/JSON/XML sources)
 *       come only from the repository below, which serves files bundled in the WAR under {@code
 *       reports/} and refuses every other location: no file system, no URLs, no network. The
 *       engine's own file and URL repositories are never asked.
 *   <li>Only the SQL query language is known (designs made with Jaspersoft Studio declare an empty
 *       SQL query; Orderpool passes no connection, so it never runs). CSV, XPath, JSON and the
 *       other query executers are not available.
 *   <li>Expressions cannot create the engine's CSV, JSON or bean data sources (which read files or
 *       call getters); an in-memory empty data source stays allowed.
 *   <li>A design names no resource bundle of its own: its texts come from {@code
 *       REPORT_RESOURCE_BUNDLE}, so it cannot read other properties files from the class path.
 * </ul>
 */
final class DesignSandbox {
  /** Bundled resources a design may use: relative paths under {@code reports/}, no dot-dot. */
  static final String BUNDLED = "reports/";

  private static final Pattern SAFE_PATH =
      Pattern.compile("reports/(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*");

  /** Locations refused during the current fill (the filler runs on its own thread). */
  private static final ThreadLocal<List<String>> REFUSED = new ThreadLocal<>();

  private DesignSandbox() {}

  /** A new engine context with the restrictions above, on top of the engine's defaults. */
  static SimpleJasperReportsContext context() {
    SimpleJasperReportsContext c = new Context();
    c.setProperty("net.sf.jasperreports.report.class.filter.enabled", "true");
    c.setProperty(
        "net.sf.jasperreports.report.class.whitelist.orderpool", Jasper.EXPRESSION_CLASSES);
    // replaces the engine's list, which lets expressions open CSV and JSON files
    c.setProperty(
        "net.sf.jasperreports.report.class.whitelist.jasperreports.data.sources",
        "net.sf.jasperreports.engine.JRDataSource,net.sf.jasperreports.engine.JREmptyDataSource");
    // the repository below never serves files, but make sure the default one would not either
    c.setProperty("net.sf.jasperreports.default.file.repository.enabled", "false");
    // fonts come from the DejaVu font extension and are embedded; never substitute silently
    c.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
    return c;
  }

  /**
   * Refuses a compiled design that names its own resource bundle (outside {@code reports/}); the
   * engine would otherwise load any properties file on the class path for it.
   */
  static void checkCompiled(JasperReport report) {
    checkBundle(report.getResourceBundle());
    JRDataset[] datasets = report.getDatasets();
    if (datasets != null) {
      for (JRDataset d : datasets) {
        checkBundle(d.getResourceBundle());
      }
    }
  }

  private static void checkBundle(String baseName) {
    if (baseName != null && !baseName.isBlank() && !allowed(baseName)) {
      throw new DesignInvalidException("reports.design.resource", baseName);
    }
  }

  /** Whether a design may load this location: a plain relative path under {@code reports/}. */
  static boolean allowed(String location) {
    return location != null && SAFE_PATH.matcher(location).matches() && !location.contains("..");
  }

  /** Starts recording refused locations on this thread. */
  static void startRecording() {
    REFUSED.set(new ArrayList<>());
  }

  /** The locations refused on this thread since {@link #startRecording()}; stops recording. */
  static List<String> stopRecording() {
    List<String> refused = REFUSED.get();
    REFUSED.remove();
    return refused == null ? List.of() : List.copyOf(refused);
  }

  private static final class Context extends SimpleJasperReportsContext {
    Context() {
      super(DefaultJasperReportsContext.getInstance());
    }

    /**
     * The parent's extensions are merged with a child context's own, so the repository and query
     * languages are replaced here instead of added.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> getExtensions(Class<T> type) {
      if (type == RepositoryService.class) {
        return (List<T>) List.of(BundledResources.INSTANCE);
      }
      if (type == JRQueryExecuterFactoryBundle.class) {
        return (List<T>) List.of(SqlOnly.INSTANCE);
      }
      return super.getExtensions(type);
    }
  }

  /** Serves streams of resources bundled under {@code reports/}; refuses everything else. */
  static final class BundledResources implements RepositoryService {
    static final BundledResources INSTANCE = new BundledResources();

    @Override
    public Resource getResource(String uri) {
      return getResource(uri, InputStreamResource.class);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
      throw new SecurityException("designs cannot save resources");
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> type) {
      return getResource(null, uri, type);
    }

    @Override
    public <K extends Resource> K getResource(
        RepositoryContext context, String uri, Class<K> type) {
      if (allowed(uri) && type.isAssignableFrom(InputStreamResource.class)) {
        var in = DesignSandbox.class.getClassLoader().getResourceAsStream(uri);
        if (in != null) {
          InputStreamResource r = new InputStreamResource();
          r.setInputStream(in);
          return type.cast(r);
        }
      }
      List<String> refused = REFUSED.get();
      if (refused != null) {
        refused.add(String.valueOf(uri));
      }
      throw new DesignInvalidException("reports.design.resource", String.valueOf(uri));
    }
  }

  /** The SQL query language only; every other language is unknown to the engine. */
  static final class SqlOnly implements JRQueryExecuterFactoryBundle {
    static final SqlOnly INSTANCE = new SqlOnly();
    private static final QueryExecuterFactory SQL = new JRJdbcQueryExecuterFactory();

    @Override
    public String[] getLanguages() {
      return new String[] {"sql", "SQL"};
    }

    @Override
    public QueryExecuterFactory getQueryExecuterFactory(String language) throws JRException {
      return "sql".equalsIgnoreCase(language) ? SQL : null;
    }
  }
}
