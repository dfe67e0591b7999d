package com.orderpool.reports.control;

import com.orderpool.reports.entity.ReportDesign;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Finds the design a document uses for the current tenant, in this order: the design the tenant
 * uploaded (table {@code report_design}), the tenant pack's {@code
 * tenants/<code>/reports/<name>.jrxml} in the WAR, the default {@code reports/<name>.jrxml}.
 * Compiled designs are cached by name and content hash: a changed design is a new key, and tenants
 * with the same design (most use the default) share one compiled copy instead of one each.
 */
@ApplicationScoped
public class ReportDesigns {
  static final String DEFAULTS = "reports/";
  static final String PACKS = "tenants/";
  static final int MAX_CACHED = 200;

  /** Where the design in use comes from. */
  public enum Origin {
    UPLOADED,
    PACK,
    DEFAULT
  }

  /** The design in use: its JRXML, where it comes from, and who uploaded it when. */
  public record Source(
      String name, Origin origin, String jrxml, Instant uploadedAt, String uploadedBy) {}

  @Inject TenantDatabase db;

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> shipped = new ConcurrentHashMap<>();

  /** The design in use for the current tenant. */
  public Source source(String name) {
    return uploaded(name)
        .map(
            d ->
                new Source(
                    name, Origin.UPLOADED, d.getJrxml(), d.getUploadedAt(), d.getUploadedBy()))
        .orElseGet(() -> shippedSource(db.tenantCode(), name));
  }

  /** The design shipped in the WAR for a tenant: its pack's, else the default. */
  public Source shippedSource(String tenantCode, String name) {
    String pack = tenantCode.toLowerCase(Locale.ROOT);
    return read(PACKS + pack + "/reports/" + name + ".jrxml")
        .map(x -> new Source(name, Origin.PACK, x, null, null))
        .or(
            () ->
                read(DEFAULTS + name + ".jrxml")
                    .map(x -> new Source(name, Origin.DEFAULT, x, null, null)))
        .orElseThrow(() -> new IllegalStateException("no design named " + name));
  }

  /** The tenant's uploaded design, if any. */
  public Optional<ReportDesign> uploaded(String name) {
    return Optional.ofNullable(db.em().find(ReportDesign.class, name));
  }

  /** The compiled design in use for the current tenant. */
  public JasperReport report(String name) {
    return compiled(name, source(name).jrxml());
  }

  /**
   * Compiles a design once per distinct content; a broken one throws {@link
   * DesignInvalidException}.
   */
  public JasperReport compiled(String name, String jrxml) {
    String key = name + "/" + sha256(jrxml);
    JasperReport report = compiled.get(key);
    if (report == null) {
      report = Jasper.compile(jrxml);
      if (compiled.size() >= MAX_CACHED) {
        compiled.clear();
      }
      compiled.put(key, report);
    }
    return report;
  }

  /** How many compiled designs are cached (for tests). */
  public int cachedCount() {
    return compiled.size();
  }

  private Optional<String> read(String resource) {
    return shipped.computeIfAbsent(resource, ReportDesigns::load);
  }

  private static Optional<String> load(String resource) {
    try (InputStream in = ReportDesigns.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
