package com.orderpool.imports.control;

import com.orderpool.core.Config;
import com.orderpool.core.NotFoundException;
import com.orderpool.files.ImportFiles;
import com.orderpool.imports.entity.ImportError;
import com.orderpool.imports.entity.ImportJob;
import com.orderpool.imports.entity.ImportJob.Status;
import com.orderpool.imports.entity.ImportedOrder;
import com.orderpool.tenancy.DueWork;
import com.orderpool.tenancy.TenantDatabase;
import jakarta.annotation.PostConstruct;
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
 * The current tenant's import jobs: queued when a file arrives, claimed by one node at a time (one
 * import runs per tenant, the others wait their turn), progress and heartbeat while running, counts
 * when done. A running job whose node stopped reporting is queued again and run from the start: the
 * orders it settled are skipped. Methods join the caller's transaction (or start one); claims,
 * progress and outcomes have their own.
 */
@ApplicationScoped
@Transactional
public class ImportJobs {
  /**
   * How long a running job's node may stay silent before the job is queued again: {@value
   * #STALE_AFTER} (e.g. {@code 30s}, {@code 2m}), 2 minutes by default and at least {@link
   * #MIN_STALE} (a running job reports every half second while it reads rows).
   */
  public static final String STALE_AFTER = "orderpool.imports.stale";

  static final Duration STALE = Duration.ofMinutes(2);
  static final Duration MIN_STALE = Duration.ofSeconds(30);

  /** Finished jobs, their rows and their files are kept this long. */
  static final Duration KEPT = Duration.ofDays(90);

  /**
   * Fired after a job is queued: in its transaction it marks the tenant's jobs due ({@link
   * DueWork}); after commit it starts the job.
   */
  public record Queued(String tenantCode) implements DueWork.Signal {
    @Override
    public String dueKind() {
      return DueWork.IMPORT;
    }
  }

  /** Fired (in the job's tenant, on the imports' executor) when this node has claimed a job. */
  public record Claimed(long jobId) {}

  /** Fired (in the job's tenant, outside any transaction) once a job has ended, done or failed. */
  public record Finished(long jobId) {}

  @Inject TenantDatabase db;
  @Inject ImportFiles files;
  @Inject Clock clock;
  @Inject Event<Queued> queued;

  private Duration stale;

  @PostConstruct
  void read() {
    stale = Config.duration(STALE_AFTER, STALE, MIN_STALE);
  }

  /** Queues a job in the caller's transaction; it starts after commit. */
  public ImportJob submit(ImportJob job) {
    db.em().persist(job);
    db.em().flush();
    queued.fire(new Queued(db.tenantCode()));
    return job;
  }

  /** Keeps a job for a file refused as a whole: failed at once, with the reason; nothing runs. */
  public ImportJob refused(ImportJob job, String key, String text) {
    job.failed(key, text, clock.instant());
    db.em().persist(job);
    db.em().flush();
    return job;
  }

  /** The tenant's jobs, newest first. */
  public List<ImportJob> recent(int max) {
    return db.em()
        .createQuery("SELECT j FROM ImportJob j ORDER BY j.id DESC", ImportJob.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** A job of this tenant; another tenant's is not found. */
  public ImportJob get(long id) {
    ImportJob j = db.em().find(ImportJob.class, id);
    if (j == null) {
      throw new NotFoundException("import", id);
    }
    db.em().refresh(j);
    return j;
  }

  /** The job's bad rows in file order. */
  public List<ImportError> errors(long jobId, int max) {
    return db.em()
        .createQuery(
            "SELECT e FROM ImportError e WHERE e.jobId = :j ORDER BY e.line, e.id",
            ImportError.class)
        .setParameter("j", jobId)
        .setMaxResults(max)
        .getResultList();
  }

  /** What became of the job's orders, in file order. */
  public List<ImportedOrder> orders(long jobId, int max) {
    return db.em()
        .createQuery(
            "SELECT o FROM ImportedOrder o WHERE o.jobId = :j ORDER BY o.firstLine",
            ImportedOrder.class)
        .setParameter("j", jobId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Claims the oldest queued job unless one runs; its id, or empty. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Long> claimNext() {
    List<ImportJob> open =
        db.em()
            .createQuery(
                "SELECT j FROM ImportJob j WHERE j.status IN :s ORDER BY j.id", ImportJob.class)
            .setParameter("s", List.of(Status.QUEUED, Status.RUNNING))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (open.stream().anyMatch(j -> j.getStatus() == Status.RUNNING)) {
      return Optional.empty();
    }
    return open.stream()
        .findFirst()
        .map(
            j -> {
              j.start(clock.instant());
              return j.getId();
            });
  }

  /** Bytes read so far; also the node's heartbeat. */
  @Transactional(TxType.REQUIRES_NEW)
  public void progress(long id, long bytes) {
    db.em()
        .createQuery(
            "UPDATE ImportJob j SET j.bytesDone = :b, j.heartbeatAt = :t WHERE j.id = :id AND"
                + " j.status = :s")
        .setParameter("b", bytes)
        .setParameter("t", clock.instant())
        .setParameter("id", id)
        .setParameter("s", Status.RUNNING)
        .executeUpdate();
  }

  /**
   * How much a job has to do, once known (a store's job: the number of orders the store has for
   * it); also the node's heartbeat.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void sized(long id, long size) {
    db.em()
        .createQuery(
            "UPDATE ImportJob j SET j.sizeBytes = :n, j.heartbeatAt = :t WHERE j.id = :id AND"
                + " j.status = :s")
        .setParameter("n", size)
        .setParameter("t", clock.instant())
        .setParameter("id", id)
        .setParameter("s", Status.RUNNING)
        .executeUpdate();
  }

  /** Ends a job with the counts of what its orders became. */
  @Transactional(TxType.REQUIRES_NEW)
  public void done(long id) {
    ImportJob j = db.em().find(ImportJob.class, id);
    if (j == null) {
      return;
    }
    List<Object[]> byOutcome =
        db.em()
            .createQuery(
                "SELECT o.outcome, COUNT(o) FROM ImportedOrder o WHERE o.jobId = :j"
                    + " GROUP BY o.outcome",
                Object[].class)
            .setParameter("j", id)
            .getResultList();
    int[] counts = new int[ImportedOrder.Outcome.values().length];
    for (Object[] row : byOutcome) {
      counts[((ImportedOrder.Outcome) row[0]).ordinal()] = ((Number) row[1]).intValue();
    }
    long errors =
        db.em()
            .createQuery("SELECT COUNT(e) FROM ImportError e WHERE e.jobId = :j", Long.class)
            .setParameter("j", id)
            .getSingleResult();
    j.done(
        counts[ImportedOrder.Outcome.CREATED.ordinal()],
        counts[ImportedOrder.Outcome.DUPLICATE.ordinal()],
        counts[ImportedOrder.Outcome.REJECTED.ordinal()],
        (int) errors,
        clock.instant());
  }

  /** Ends a job whose file was refused as a whole. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long id, String key, String text) {
    ImportJob j = db.em().find(ImportJob.class, id);
    if (j != null) {
      j.failed(key, text, clock.instant());
    }
  }

  /** True while a job is queued or running (its tenant is then visited every minute). */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean unfinished() {
    return db.em()
            .createQuery("SELECT COUNT(j) FROM ImportJob j WHERE j.status IN :s", Long.class)
            .setParameter("s", List.of(Status.QUEUED, Status.RUNNING))
            .getSingleResult()
        > 0;
  }

  /**
   * Queues again the jobs whose node stopped, and forgets old finished jobs with their files; true
   * when jobs wait in the queue.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean tidy() {
    Instant now = clock.instant();
    for (ImportJob j :
        db.em()
            .createQuery(
                "SELECT j FROM ImportJob j WHERE j.status = :r AND j.heartbeatAt < :t",
                ImportJob.class)
            .setParameter("r", Status.RUNNING)
            .setParameter("t", now.minus(stale))
            .getResultList()) {
      j.requeue();
    }
    for (ImportJob j :
        db.em()
            .createQuery(
                "SELECT j FROM ImportJob j WHERE j.finishedAt < :t AND j.status IN :s",
                ImportJob.class)
            .setParameter("t", now.minus(KEPT))
            .setParameter("s", List.of(Status.DONE, Status.FAILED))
            .getResultList()) {
      db.em().remove(j);
      if (j.getFileKey() != null) {
        files.delete(db.tenantCode(), j.getFileKey());
      }
    }
    return db.em()
            .createQuery("SELECT COUNT(j) FROM ImportJob j WHERE j.status = :q", Long.class)
            .setParameter("q", Status.QUEUED)
            .getSingleResult()
        > 0;
  }
}
