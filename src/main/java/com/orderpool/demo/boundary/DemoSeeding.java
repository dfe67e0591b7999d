package com.orderpool.demo.boundary;

import com.orderpool.core.Config;
import com.orderpool.platform.control.DemoPackProvisioned;
import com.orderpool.tenancy.TenantRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills a demo tenant with orders on its first start ({@code orderpool.demo.orders}, default 200),
 * each in a transaction of its own, then adds tasks, memos, tickets, a group, previews, returns and
 * a CSV import and a partner with a few orders submitted to it.
 */
@ApplicationScoped
public class DemoSeeding {
  private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());

  @Inject TenantRunner runner;
  @Inject DemoPool pool;
  @Inject DemoWorkbench workbench;
  @Inject DemoReturns returns;
  @Inject DemoImports imports;
  @Inject DemoPartners partners;

  /** A demo tenant's returns, one in each state, each in its own transaction. */
  public void returns(String code) {
    List<Long> shipped = runner.call(code, returns::candidates);
    for (int i = 0; i < shipped.size(); i++) {
      DemoReturns.Story story = DemoReturns.Story.values()[i];
      long orderId = shipped.get(i);
      try {
        runner.run(code, () -> returns.tell(story, orderId));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "demo return " + story + " of " + code + " not made", e);
      }
    }
  }

  void onProvisioned(@Observes DemoPackProvisioned pack) {
    int count = Integer.parseInt(Config.get("orderpool.demo.orders", "200"));
    long start = System.nanoTime();
    int failed = 0;
    try {
      runner.run(pack.code(), pool::retailers);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "demo retailers of " + pack.code() + " not added", e);
    }
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
    returns(pack.code());
    try {
      runner.run(pack.code(), imports::send);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "demo import of " + pack.code() + " not sent", e);
    }
    try {
      runner.run(pack.code(), imports::sendTracking);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "demo tracking file of " + pack.code() + " not sent", e);
    }
    try {
      runner.call(pack.code(), partners::send);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "demo partner of " + pack.code() + " not made", e);
    }
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
