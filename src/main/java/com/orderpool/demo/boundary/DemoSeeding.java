package com.orderpool.demo.boundary;

import com.orderpool.core.Config;
import com.orderpool.platform.control.DemoPackProvisioned;
import com.orderpool.tenancy.TenantRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills a demo tenant with orders on its first start ({@code orderpool.demo.orders}, default 200),
 * each in a transaction of its own, then adds tasks, memos, tickets, a group and previews.
 */
@ApplicationScoped
public class DemoSeeding {
  private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());

  @Inject TenantRunner runner;
  @Inject DemoPool pool;
  @Inject DemoWorkbench workbench;

  void onProvisioned(@Observes DemoPackProvisioned pack) {
    int count = Integer.parseInt(Config.get("orderpool.demo.orders", "200"));
    long start = System.nanoTime();
    int failed = 0;
    for (int i = 0; i < count; i++) {
      int index = i;
      try {
        runner.run(pack.code(), () -> pool.story(index, count));
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "demo order " + index + " of " + pack.code() + " not placed", e);
      }
    }
    runner.run(pack.code(), workbench::extras);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    int placed = count - failed;
    LOG.info(
        () ->
            "demo tenant "
                + pack.code()
                + ": "
                + placed
                + " orders with payments, invoices, tasks and tickets in "
                + seconds
                + " s");
  }
}
