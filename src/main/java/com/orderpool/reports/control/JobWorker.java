package com.orderpool.reports.control;

import com.orderpool.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a tenant's download jobs on the jobs' managed executor, one after another while claims
 * succeed (claims keep to {@link DownloadJobs#RUNNING_PER_TENANT} per tenant across nodes). Jobs
 * left waiting (a node stopped, or the limit was reached) are picked up by {@link JobTimer}.
 */
@ApplicationScoped
public class JobWorker {
  private static final Logger LOG = Logger.getLogger(JobWorker.class.getName());

  /**
   * The jobs' executor (defined on {@link JobTimer}): it does not pass on the caller who queued a
   * job, so a job runs as the system in its tenant, whoever asked for it.
   */
  @Resource(lookup = JobTimer.EXECUTOR)
  ManagedExecutorService executor;

  @Inject TenantRunner runner;
  @Inject DownloadJobs jobs;
  @Inject JobExecution execution;

  /** Runs the tenant's queued jobs in the background. */
  public void kick(String tenantCode) {
    executor.submit(() -> drain(tenantCode));
  }

  /** Claims and runs the tenant's jobs until none can start; returns how many ran. */
  public int drain(String tenantCode) {
    int ran = 0;
    try {
      while (true) {
        Optional<Long> id = runner.call(tenantCode, jobs::claimNext);
        if (id.isEmpty()) {
          return ran;
        }
        runner.run(tenantCode, () -> execution.run(id.get()));
        ran++;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "download jobs of " + tenantCode + " stopped", e);
      return ran;
    }
  }
}
