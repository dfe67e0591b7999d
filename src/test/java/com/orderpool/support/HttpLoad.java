package com.orderpool.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A small HTTP load generator for the benchmarks ({@code *Bench}), run inside the server itself
 * through {@link java.net.http.HttpClient} (so it shares the server's cores). Each client is a
 * thread that sends one request, waits for its answer and sends the next (closed loop); with a
 * rate, request {@code n} is not sent before {@code start + n / rate} (paced, still at most one
 * request in flight per client; a paced request's time counts from when it was due). It stops after
 * a number of requests or at a deadline, whichever comes first; a request started before the
 * deadline is waited for and counted. Any answer other than the expected status, and any failure to
 * get one, is an error.
 */
public final class HttpLoad {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private HttpLoad() {}

  /** The request a client sends next: the client's index and the request's number in the run. */
  public interface Requests {
    HttpRequest next(int client, long n);
  }

  /**
   * What a run did: answers with the expected status ({@code ok}) and the others ({@code errors}),
   * the wall time from the first send to the last answer, every request's time in ms (sorted), the
   * count per status (-1: no answer) and the first error seen.
   */
  public record Result(
      int clients,
      long ok,
      long errors,
      double seconds,
      double[] sortedMs,
      Map<Integer, Long> statuses,
      String firstError) {

    /** Successful requests per second. */
    public double perSecond() {
      return ok / seconds;
    }

    /** The {@code q}-th percentile (nearest rank) of all requests' times, in ms. */
    public double percentile(double q) {
      if (sortedMs.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(q / 100.0 * sortedMs.length) - 1;
      return sortedMs[Math.max(0, Math.min(sortedMs.length - 1, i))];
    }

    public double maxMs() {
      return sortedMs.length == 0 ? Double.NaN : sortedMs[sortedMs.length - 1];
    }
  }

  /** Closed loop for a fixed time. */
  public static Result forTime(int clients, Duration time, Requests requests, int expected) {
    return run(clients, Long.MAX_VALUE, time, 0, requests, expected);
  }

  /** Closed loop for a fixed number of requests (e.g. a warm-up or a burst). */
  public static Result count(int clients, long total, Requests requests, int expected) {
    return run(clients, total, Duration.ofDays(1), 0, requests, expected);
  }

  /** A fixed number of requests at a steady rate (requests per second) from {@code clients}. */
  public static Result paced(
      int clients, long total, double rate, Requests requests, int expected) {
    return run(clients, total, Duration.ofDays(1), rate, requests, expected);
  }

  /**
   * The general form: at most {@code total} requests, until {@code time} has passed, and with a
   * {@code rate} above 0 paced at that many per second (a paced request's time counts from when it
   * was due, so a server falling behind is not hidden by the wait for an answer before).
   */
  public static Result run(
      int clients, long total, Duration time, double rate, Requests requests, int expected) {
    AtomicLong tickets = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<long[]> nanos = new ArrayList<>();
    List<Map<Integer, Long>> statuses = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + time.toNanos();
    for (int c = 0; c < clients; c++) {
      int client = c;
      long[][] mine = {new long[1024]};
      int[] size = {0};
      Map<Integer, Long> seen = new TreeMap<>();
      Runnable loop =
          () -> {
            while (true) {
              long n = tickets.getAndIncrement();
              if (n >= total || System.nanoTime() >= deadline) {
                break;
              }
              long due = rate > 0 ? start + (long) (n * 1e9 / rate) : 0;
              if (rate > 0) {
                for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                  LockSupport.parkNanos(wait);
                }
              }
              HttpRequest request = requests.next(client, n);
              long s = rate > 0 ? due : System.nanoTime();
              int status = send(request, expected, firstError);
              long took = System.nanoTime() - s;
              if (size[0] == mine[0].length) {
                mine[0] = Arrays.copyOf(mine[0], size[0] * 2);
              }
              mine[0][size[0]++] = took;
              seen.merge(status, 1L, Long::sum);
            }
            nanos.set(client, Arrays.copyOf(mine[0], size[0]));
          };
      nanos.add(null);
      statuses.add(seen);
      Thread t = new Thread(loop, "http-load-" + c);
      threads.add(t);
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] ms = nanos.stream().flatMapToLong(Arrays::stream).mapToDouble(n -> n / 1e6).toArray();
    Arrays.sort(ms);
    Map<Integer, Long> all = new TreeMap<>();
    statuses.forEach(m -> m.forEach((k, v) -> all.merge(k, v, Long::sum)));
    long ok = all.getOrDefault(expected, 0L);
    return new Result(clients, ok, ms.length - ok, seconds, ms, all, firstError.get());
  }

  private static int send(HttpRequest request, int expected, AtomicReference<String> firstError) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != expected) {
        String body = r.body() == null ? "" : r.body();
        firstError.compareAndSet(
            null, r.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
      }
      return r.statusCode();
    } catch (IOException e) {
      firstError.compareAndSet(null, e.toString());
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      firstError.compareAndSet(null, e.toString());
      return -1;
    }
  }

  /** A JSON POST with a bearer key and, when given, an Idempotency-Key. */
  public static HttpRequest postJson(String url, String key, String idempotencyKey, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(java.net.URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return b.build();
  }
}
