package com.orderpool.reports.control;

import com.orderpool.files.DownloadStore;
import com.orderpool.reports.entity.DownloadJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one claimed download job in the tenant's context: reads its rows in one transaction (one
 * consistent picture), writes the file under a temporary name and renames it when complete, and
 * records progress, the file or the failure in transactions of their own.
 */
@ApplicationScoped
public class JobExecution {
  private static final Logger LOG = Logger.getLogger(JobExecution.class.getName());

  @Inject DownloadJobs jobs;
  @Inject JobContent content;
  @Inject DownloadStore files;
  @Inject com.orderpool.tenancy.TenantContext tenant;

  /** Runs the job; a failure is recorded on it, never thrown. */
  public void run(long id) {
    DownloadJob job = jobs.get(id);
    if (job == null) {
      return;
    }
    String key = files.newKey(job.getFormat().toLowerCase(java.util.Locale.ROOT));
    Path target = files.path(tenant.code(), key);
    Path part = target.resolveSibling(key + ".part");
    try {
      long rows;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
        rows = content.write(job, out, n -> jobs.progress(id, n));
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      jobs.done(id, key, fileName(job), Files.size(target), rows);
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "download job " + id + " failed", e);
      deleteQuietly(part);
      deleteQuietly(target);
      jobs.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static String fileName(DownloadJob job) {
    return job.getTitle().replaceAll("[^\\p{L}\\p{N}._ -]", "").strip().replace(' ', '-')
        + "."
        + job.getFormat().toLowerCase(java.util.Locale.ROOT);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.log(Level.FINE, "could not delete " + p, e);
    }
  }
}
