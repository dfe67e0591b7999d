package com.orderpool.imports.control;

import com.orderpool.core.BusinessException;
import com.orderpool.core.UiTexts;
import com.orderpool.files.ImportFiles;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.imports.entity.ImportJob.Kind;
import com.orderpool.imports.entity.ImportJob.Source;
import com.orderpool.imports.entity.ImportJob.Status;
import com.orderpool.platform.control.TenantDirectory;
import com.orderpool.tenancy.TenantContext;
import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files dropped in a tenant's SFTP inbox become import jobs, as uploads do; files dropped in its
 * {@code tracking/} folder become tracking jobs (their rows ship orders). A file is taken out of
 * the inbox in one atomic move (so two events, a sweep or two nodes never import it twice), kept
 * and checked as an upload is, and queued. A file refused as a whole becomes a failed job at once
 * and goes to {@code failed/} with {@code <name>.errors.txt}; an accepted one goes to {@code
 * processed/} (or {@code failed/}) when its job has ended, with the bad rows in {@code
 * .errors.txt}. Re-dropping a file creates no order twice: the import skips references it has.
 */
@ApplicationScoped
public class SftpIntake {
  private static final Logger LOG = Logger.getLogger(SftpIntake.class.getName());

  @Inject TenantRunner runner;
  @Inject TenantContext tenant;
  @Inject ImportIntake intake;
  @Inject ImportJobs jobs;
  @Inject ImportFiles files;
  @Inject TenantDirectory directory;

  private SftpJails jails;

  @PostConstruct
  void init() {
    jails = new SftpJails(SftpConfig.load().root());
  }

  public SftpJails jails() {
    return jails;
  }

  /**
   * Imports a file of the tenant's inbox, if it is still there; returns the job's id, or -1. A
   * suspended tenant's files wait in the inbox (the sweep takes them once it is active again).
   */
  public long take(String tenantCode, String username, String name) {
    return take(tenantCode, username, new SftpJails.Drop(SftpJails.INBOX, name));
  }

  /**
   * Imports a file dropped in the tenant's inbox (orders) or tracking folder (tracking numbers), if
   * it is still there; returns the job's id, or -1.
   */
  public long take(String tenantCode, String username, SftpJails.Drop drop) {
    String name = drop.name();
    if (!SftpJails.importable(name) || !directory.isActive(tenantCode)) {
      return -1;
    }
    Kind kind = drop.tracking() ? Kind.TRACKING : Kind.ORDERS;
    Path dropped = jails.jail(tenantCode).resolve(drop.folder()).resolve(name);
    if (!Files.isRegularFile(dropped, LinkOption.NOFOLLOW_LINKS)) {
      return -1;
    }
    Path taken = jails.taken(tenantCode).resolve(UUID.randomUUID() + ".csv");
    try {
      Files.move(dropped, taken, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException gone) {
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return runner.call(
          tenantCode, () -> queue(tenantCode, kind, "sftp:" + username, name, taken));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SFTP file " + name + " of " + tenantCode + " left for later", e);
      putBack(taken, dropped);
      return -1;
    }
  }

  private long queue(String code, Kind kind, String who, String name, Path taken) {
    Locale language = intake.tenantLanguage();
    long size = size(taken);
    try (InputStream in = Files.newInputStream(taken)) {
      long id = intake.accept(kind, Source.SFTP, name, in, language, who).getId();
      Files.delete(taken);
      return id;
    } catch (BusinessException refused) {
      String lang = ImportIntake.language(language);
      String text = UiTexts.text(lang, refused.messageKey(), refused.args());
      ImportJob job =
          intake.refused(kind, Source.SFTP, name, size, language, who, refused.messageKey(), text);
      Path failed = jails.jail(code).resolve(SftpJails.FAILED);
      String kept = SftpJails.resultName(job.getId(), name);
      place(write(code, text + "\n"), failed.resolve(kept + ".errors.txt"));
      place(taken, failed.resolve(kept));
      return job.getId();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** When an SFTP job has ended, its file goes to processed/ or failed/, with its errors. */
  void onFinished(@Observes ImportJobs.Finished finished) {
    String code = tenant.code();
    try {
      ImportJob job = jobs.get(finished.jobId());
      if (job.getSource() != Source.SFTP
          || job.getFileKey() == null
          || !job.getStatus().isFinished()) {
        return;
      }
      boolean done = job.getStatus() == Status.DONE;
      Path folder = jails.jail(code).resolve(done ? SftpJails.PROCESSED : SftpJails.FAILED);
      String kept = SftpJails.resultName(job.getId(), job.getFileName());
      if (!done || job.getErrorCount() > 0) {
        place(write(code, report(job)), folder.resolve(kept + ".errors.txt"));
      }
      Path copy = jails.taken(code).resolve(UUID.randomUUID() + ".csv");
      Files.copy(files.path(code, job.getFileKey()), copy);
      place(copy, folder.resolve(kept));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "SFTP result of import " + finished.jobId() + " not written", e);
    }
  }

  private String report(ImportJob job) {
    String lang = job.getLanguage();
    if (job.getStatus() != Status.DONE) {
      return job.getErrorText() + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(
            UiTexts.text(
                lang,
                job.isTracking() ? "sftp.result.trackingSummary" : "sftp.result.summary",
                job.getCreatedCount(),
                job.getDuplicateCount(),
                job.getRejectedCount()))
        .append('\n');
    List<ImportError> errors = jobs.errors(job.getId(), 1000);
    for (ImportError e : errors) {
      out.append(
              UiTexts.text(
                  lang,
                  e.getField() == null ? "sftp.result.line" : "sftp.result.lineColumn",
                  e.getLine(),
                  e.getField()))
          .append(": ")
          .append(e.getMessage())
          .append('\n');
    }
    return out.toString();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts a finished file where the tenant sees it in one step, so a client never reads half of it
   * (the report goes first, so it is there when the file appears).
   */
  private static void place(Path ready, Path target) {
    try {
      Files.move(
          ready, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putBack(Path taken, Path dropped) {
    try {
      if (Files.exists(taken) && !Files.exists(dropped)) {
        Files.move(taken, dropped);
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "SFTP file " + taken + " could not go back to the inbox", e);
    }
  }

  /** Writes a text into a new file outside the jail, to be placed. */
  private Path write(String code, String text) {
    Path file = jails.taken(code).resolve(UUID.randomUUID() + ".txt");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
