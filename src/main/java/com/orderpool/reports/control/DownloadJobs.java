package com.orderpool.reports.control;

import com.orderpool.core.NotFoundException;
import com.orderpool.files.DownloadStore;
import com.orderpool.reports.entity.DownloadJob;
import com.orderpool.reports.entity.DownloadJob.Status;
import com.orderpool.tenancy.DueWork;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's download jobs: queued by a user, claimed by a node (at most {@link
 * #RUNNING_PER_TENANT} running at once per tenant; the rest wait their turn), progress and
 * heartbeat while they run, their file when done, and a week later gone. Claims lock the tenant's
 * unfinished jobs, so two nodes never start more than allowed or the same job twice. Methods join
 * the caller's transaction (or start one); claims, progress and outcomes have their own.
 */
@ApplicationScoped
@Transactional
public class DownloadJobs {
  /** Big jobs running at once per tenant. */
  public static final int RUNNING_PER_TENANT = 2;

  /** A running job whose node has not reported for this long is queued again. */
  static final Duration STALE = Duration.ofMinutes(3);

  /**
   * Fired after a job is queued: in its transaction it marks the tenant's jobs due ({@link
   * DueWork}); after commit it starts the job.
   */
  public record Queued(String tenantCode) implements DueWork.Signal {
    @Override
    public String dueKind() {
      return DueWork.DOWNLOAD;
    }
  }

  @Inject TenantDatabase db;
  @Inject DownloadStore files;
  @Inject Clock clock;
  @Inject Event<Queued> queued;

  /** Queues a job in the caller's transaction; it starts after commit. */
  public DownloadJob submit(DownloadJob job) {
    db.em().persist(job);
    db.em().flush();
    queued.fire(new Queued(db.tenantCode()));
    return job;
  }

  /** The owner's jobs, newest first. */
  public List<DownloadJob> of(String owner) {
    return db.em()
        .createQuery(
            "SELECT j FROM DownloadJob j WHERE j.owner = :o ORDER BY j.createdAt DESC, j.id DESC",
            DownloadJob.class)
        .setParameter("o", owner)
        .setMaxResults(100)
        .getResultList();
  }

  /** The owner's job; another user's, or another tenant's, is not found. */
  public DownloadJob mine(String owner, long id) {
    DownloadJob j = db.em().find(DownloadJob.class, id);
    if (j == null || !j.getOwner().equals(owner)) {
      throw new NotFoundException("download", id);
    }
    return j;
  }

  /** How many jobs of the tenant wait before a queued one (0: it starts next). */
  public long placeInQueue(DownloadJob job) {
    if (job.getStatus() != Status.QUEUED) {
      return 0;
    }
    return db.em()
        .createQuery(
            "SELECT COUNT(j) FROM DownloadJob j WHERE j.status = :q AND j.id < :id", Long.class)
        .setParameter("q", Status.QUEUED)
        .setParameter("id", job.getId())
        .getSingleResult();
  }

  /** Deletes the owner's job and its file. */
  public void delete(String owner, long id) {
    DownloadJob j = mine(owner, id);
    if (j.getStatus() == Status.RUNNING) {
      throw new com.orderpool.core.BusinessException("download", "download.running");
    }
    db.em().remove(j);
    if (j.getFileKey() != null) {
      files.delete(db.tenantCode(), j.getFileKey());
    }
  }

  /** Claims the oldest queued job if fewer than the limit run; its id, or empty. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Long> claimNext() {
    List<DownloadJob> open =
        db.em()
            .createQuery(
                "SELECT j FROM DownloadJob j WHERE j.status IN :s ORDER BY j.id", DownloadJob.class)
            .setParameter("s", List.of(Status.QUEUED, Status.RUNNING))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    long running = open.stream().filter(j -> j.getStatus() == Status.RUNNING).count();
    if (running >= RUNNING_PER_TENANT) {
      return Optional.empty();
    }
    return open.stream()
        .filter(j -> j.getStatus() == Status.QUEUED)
        .findFirst()
        .map(
            j -> {
              j.start(clock.instant());
              return j.getId();
            });
  }

  /** The job as it is now (for its runner). */
  @Transactional(TxType.REQUIRES_NEW)
  public DownloadJob get(long id) {
    return db.em().find(DownloadJob.class, id);
  }

  /** Rows done so far; also the node's heartbeat. */
  @Transactional(TxType.REQUIRES_NEW)
  public void progress(long id, long rows) {
    db.em()
        .createQuery(
            "UPDATE DownloadJob j SET j.rowsDone = :r, j.heartbeatAt = :t WHERE j.id = :id AND"
                + " j.status = :s")
        .setParameter("r", rows)
        .setParameter("t", clock.instant())
        .setParameter("id", id)
        .setParameter("s", Status.RUNNING)
        .executeUpdate();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void done(long id, String key, String fileName, long size, long rows) {
    DownloadJob j = db.em().find(DownloadJob.class, id);
    if (j == null) {
      files.delete(db.tenantCode(), key);
      return;
    }
    j.done(key, fileName, size, rows, clock.instant());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long id, String reason) {
    DownloadJob j = db.em().find(DownloadJob.class, id);
    if (j != null) {
      j.failed(reason, clock.instant());
    }
  }

  /** True while a job is queued or running (its tenant is then visited every minute). */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean unfinished() {
    return db.em()
            .createQuery("SELECT COUNT(j) FROM DownloadJob j WHERE j.status IN :s", Long.class)
            .setParameter("s", List.of(Status.QUEUED, Status.RUNNING))
            .getSingleResult()
        > 0;
  }

  /**
   * Queues again the jobs whose node stopped reporting, and deletes expired jobs with their files;
   * true when jobs wait in the queue.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean tidy() {
    Instant now = clock.instant();
    for (DownloadJob j :
        db.em()
            .createQuery(
                "SELECT j FROM DownloadJob j WHERE j.status = :r AND j.heartbeatAt < :t",
                DownloadJob.class)
            .setParameter("r", Status.RUNNING)
            .setParameter("t", now.minus(STALE))
            .getResultList()) {
      j.requeue();
    }
    for (DownloadJob j :
        db.em()
            .createQuery(
                "SELECT j FROM DownloadJob j WHERE j.expiresAt < :t AND j.status IN :s",
                DownloadJob.class)
            .setParameter("t", now)
            .setParameter("s", List.of(Status.DONE, Status.FAILED))
            .getResultList()) {
      db.em().remove(j);
      if (j.getFileKey() != null) {
        files.delete(db.tenantCode(), j.getFileKey());
      }
    }
    return db.em()
            .createQuery("SELECT COUNT(j) FROM DownloadJob j WHERE j.status = :q", Long.class)
            .setParameter("q", Status.QUEUED)
            .getSingleResult()
        > 0;
  }
}
