package com.orderpool.imports.control;

import com.orderpool.core.BusinessException;
import com.orderpool.files.ImportFiles;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.imports.entity.ImportJob.Kind;
import com.orderpool.imports.entity.ImportJob.Source;
import com.orderpool.platform.control.FileWatches;
import com.orderpool.tenancy.TenantDatabase;
import com.orderpool.tenancy.TenantProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A file of orders (or of tracking numbers) arriving in the current tenant, whatever way it came
 * (the Import page, the API, an SFTP inbox): kept, checked as a whole at once (size, encoding,
 * header; a refused file keeps nothing) and queued as an import job in the caller's transaction (or
 * one of its own).
 */
@ApplicationScoped
@Transactional
public class ImportIntake {
  @Inject ImportFiles files;
  @Inject ImportJobs jobs;
  @Inject ImportSettings settings;
  @Inject TenantDatabase db;
  @Inject FileWatches watches;
  @Inject TenantProfile profile;
  @Inject Clock clock;

  /** The tenant's own language, for the messages of files that no person sent. */
  public Locale tenantLanguage() {
    return Locale.forLanguageTag(profile.locale());
  }

  /** Keeps, checks and queues a file; refused as a whole with a {@link BusinessException}. */
  public ImportJob accept(
      Source source, String fileName, InputStream in, Locale language, String who) {
    return accept(Kind.ORDERS, source, fileName, in, language, who);
  }

  /**
   * Keeps, checks and queues a file of orders or of tracking numbers; refused as a whole with a
   * {@link BusinessException}.
   */
  public ImportJob accept(
      Kind kind, Source source, String fileName, InputStream in, Locale language, String who) {
    String code = db.tenantCode();
    String name = name(fileName);
    ImportFiles.Kept kept = files.receive(code, in, settings.maxBytes());
    try (CsvSource checked =
        CsvSource.open(
            files.path(code, kept.key()), settings.maxBytes(), required(kind), known(kind))) {
      // the whole file is readable and its header right: the rows are the job's to check
    } catch (CsvRefusedException refused) {
      files.delete(code, kept.key());
      throw new BusinessException("file", refused.messageKey(), refused.args());
    }
    ImportJob job =
        new ImportJob(
                source, name, kept.key(), kept.size(), language(language), who, clock.instant())
            .of(kind);
    watches.arrived(code, job.getCreatedAt()); // the missing-file alarm's clock starts again
    return jobs.submit(job);
  }

  /**
   * Records a file that was refused as a whole as a failed job with no file, so that whoever looks
   * at the imports sees why (for files no person watched arrive, such as an SFTP drop).
   */
  public ImportJob refused(
      Kind kind,
      Source source,
      String fileName,
      long size,
      Locale language,
      String who,
      String key,
      String text) {
    ImportJob job =
        new ImportJob(source, name(fileName), null, size, language(language), who, clock.instant())
            .of(kind);
    watches.arrived(db.tenantCode(), job.getCreatedAt()); // a file came, even if unreadable
    return jobs.refused(job, key, text);
  }

  /** The columns a file of this kind must have. */
  public static Set<String> required(Kind kind) {
    return kind == Kind.TRACKING ? TrackingRow.REQUIRED : ImportColumns.REQUIRED;
  }

  /** The columns a file of this kind may have. */
  public static Set<String> known(Kind kind) {
    return new LinkedHashSet<>(kind == Kind.TRACKING ? TrackingRow.COLUMNS : ImportColumns.all());
  }

  /** The language of a job's messages: Spanish or English. */
  public static String language(Locale language) {
    return language != null && language.getLanguage().equals("es") ? "es" : "en";
  }

  private static String name(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "orders.csv" : fileName.strip();
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }
}
