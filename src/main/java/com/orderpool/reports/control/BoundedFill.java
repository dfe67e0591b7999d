package com.orderpool.reports.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.ReportFiller;

/**
 * Fills designs on a small dedicated pool of threads, with a time limit and a page limit, so a
 * design (possibly a tenant's upload) cannot keep a request thread or a core busy forever.
 *
 * <p>The limits are Orderpool's own, not the engine's governors: those read their settings from the
 * design's properties too, so a design could switch them off. Pages are counted as the filler adds
 * them. On timeout the fill is cancelled ({@link ReportFiller#cancelFill()}) and its thread
 * interrupted; the engine checks both between bands. An expression that is itself endless (a
 * regular expression that backtracks for ever, say) checks neither, so after a grace period the
 * thread is stopped ({@link Thread#stop()}, which JDK 17 still supports): it runs only the design's
 * code and holds nothing of the caller's. Each fill has a thread of its own, so a stop can never
 * hit a thread that has moved on to other work. Where a JDK refuses to stop threads, the stuck
 * thread keeps its slot, is logged, and further fills are refused as "busy" once every slot is
 * taken, rather than piling up.
 */
final class BoundedFill {
  private static final Logger LOG = Logger.getLogger(BoundedFill.class.getName());

  /** How long a document may take to fill, and how many pages it may have. */
  record Limits(Duration timeout, int maxPages) {
    static final Limits DOCUMENT = new Limits(Duration.ofSeconds(10), 500);

    /** A register: long, but not endless. */
    static final Limits REGISTER = new Limits(Duration.ofMinutes(15), 100_000);
  }

  static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
  static final Duration QUEUE_WAIT = Duration.ofSeconds(30);
  static final Duration GRACE = Duration.ofSeconds(2);
  static final String THREAD_NAME = "orderpool-report-fill-";

  /** One slot per running fill; a fill that cannot be stopped keeps its slot. */
  private static final Semaphore SLOTS = new Semaphore(THREADS);

  private static final AtomicInteger COUNT = new AtomicInteger();

  private BoundedFill() {}

  /** Fills a design within the limits; any refusal is a {@link DesignInvalidException}. */
  static JasperPrint fill(
      JasperReportsContext context,
      JasperReport report,
      Map<String, Object> params,
      JRDataSource data,
      Limits limits) {
    AtomicReference<ReportFiller> filler = new AtomicReference<>();
    AtomicBoolean tooManyPages = new AtomicBoolean();
    AtomicReference<List<String>> refused = new AtomicReference<>(List.of());
    CompletableFuture<Void> finished = new CompletableFuture<>();
    FutureTask<JasperPrint> result =
        new FutureTask<>(
            () -> {
              DesignSandbox.startRecording();
              try {
                ReportFiller f = JRFiller.createReportFiller(context, report);
                f.addFillListener(new PageLimit(limits.maxPages(), tooManyPages));
                filler.set(f);
                return f.fill(params, data);
              } finally {
                refused.set(DesignSandbox.stopRecording());
                finished.complete(null);
              }
            });
    Thread worker = start(result);
    try {
      JasperPrint print = result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return checked(print, refused.get(), tooManyPages.get(), null, limits);
    } catch (TimeoutException slow) {
      cancel(filler.get(), result, worker, finished);
      throw new DesignInvalidException("reports.design.timeout", limits.timeout().toSeconds());
    } catch (ExecutionException failed) {
      return checked(null, refused.get(), tooManyPages.get(), failed.getCause(), limits);
    } catch (InterruptedException interrupted) {
      cancel(filler.get(), result, worker, finished);
      Thread.currentThread().interrupt();
      throw new DesignInvalidException("reports.design.timeout", limits.timeout().toSeconds());
    }
  }

  /**
   * Runs a fill on a thread of its own (never a pooled one: stopping a thread that has already gone
   * back to a pool could break the pool's locks), once one of the slots is free.
   */
  private static Thread start(FutureTask<JasperPrint> fill) {
    try {
      if (!SLOTS.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new DesignInvalidException("reports.design.busy", THREADS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DesignInvalidException("reports.design.busy", THREADS);
    }
    Thread worker =
        new Thread(
            () -> {
              try {
                fill.run();
              } finally {
                SLOTS.release();
              }
            },
            THREAD_NAME + COUNT.incrementAndGet());
    worker.setDaemon(true);
    // the engine finds its extensions (fonts) through it
    worker.setContextClassLoader(BoundedFill.class.getClassLoader());
    worker.start();
    return worker;
  }

  /** The outcome of a finished fill, with the most specific refusal first. */
  private static JasperPrint checked(
      JasperPrint print,
      List<String> refused,
      boolean tooManyPages,
      Throwable error,
      Limits limits) {
    if (tooManyPages) {
      throw new DesignInvalidException("reports.design.tooManyPages", limits.maxPages());
    }
    if (!refused.isEmpty()) {
      throw new DesignInvalidException("reports.design.resource", refused.get(0));
    }
    if (error != null) {
      throw Jasper.refusal(error);
    }
    if (print == null) {
      throw new DesignInvalidException("the fill was cancelled");
    }
    return print;
  }

  /** Cancels a fill that ran out of time; stops its thread if it ignores that. */
  @SuppressWarnings({"deprecation", "removal"})
  private static void cancel(
      ReportFiller filler, Future<?> result, Thread worker, CompletableFuture<Void> finished) {
    if (filler != null) {
      try {
        filler.cancelFill();
      } catch (JRException | RuntimeException e) {
        LOG.log(Level.FINE, "cancelling a fill failed", e);
      }
    }
    result.cancel(true);
    try {
      finished.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      return;
    } catch (TimeoutException stuck) {
      LOG.warning(() -> worker.getName() + " ignored the cancelled fill; stopping it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      return;
    }
    if (finished.isDone()) {
      return;
    }
    try {
      worker.stop();
    } catch (RuntimeException refusedByThisJdk) {
      LOG.severe(
          () ->
              worker.getName()
                  + " runs a design that never ends and this JDK cannot stop it; it keeps one"
                  + " of "
                  + THREADS
                  + " report threads until the server restarts");
    }
  }

  /** Threads of the pool that are alive (for tests). */
  static int liveThreads() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith(THREAD_NAME) && t.isAlive())
            .filter(t -> t.getState() == Thread.State.RUNNABLE)
            .count();
  }

  /** Stops a fill once it adds one page more than allowed. */
  private static final class PageLimit implements FillListener {
    private final int maxPages;
    private final AtomicBoolean exceeded;

    PageLimit(int maxPages, AtomicBoolean exceeded) {
      this.maxPages = maxPages;
      this.exceeded = exceeded;
    }

    @Override
    public void pageGenerated(JasperPrint print, int pageIndex) {
      if (pageIndex + 1 > maxPages) {
        exceeded.set(true);
        throw new DesignInvalidException("reports.design.tooManyPages", maxPages);
      }
    }

    @Override
    public void pageUpdated(JasperPrint print, int pageIndex) {
      // only new pages count
    }
  }
}
