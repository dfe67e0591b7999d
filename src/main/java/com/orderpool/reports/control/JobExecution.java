package com.orderpool.reports.control;

import com.orderpool.core.Foreground;
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
 * records progress, the file or the failure in transactions of their own. Between steps it gives
 * way to people's requests in flight on this node (see {@link Foreground}).
 */
@ApplicationScoped
public class JobExecution {
  private static final Logger LOG = Logger.getLogger(JobExecution.class.getName());

  /** The progress shown is updated at most this often. */
  static final long TELL_EVERY_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(500);

  /** The longest a job waits for people's requests at one step (a step is 250 rows). */
  static final long YIELD_MILLIS = 100;

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
        long[] told = {System.nanoTime()};
        rows =
            content.write(
                job,
                out,
                n -> {
                  long now = System.nanoTime();
                  if (now - told[0] >= TELL_EVERY_NANOS) {
                    jobs.progress(id, n);
                    told[0] = now;
                  }
                  // people's pages first: step aside while their requests are in flight
                  Foreground.yieldTo(YIELD_MILLIS);
                });
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
