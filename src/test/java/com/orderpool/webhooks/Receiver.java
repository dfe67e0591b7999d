package com.orderpool.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * A webhook receiver for tests: a real HTTP server on a random loopback port that records every
 * request (headers, body and when it arrived) and answers with the status its script gives for the
 * n-th request (0-based).
 */
public final class Receiver implements AutoCloseable {
  public record Request(Map<String, String> headers, String body, java.time.Instant at) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile IntUnaryOperator script;

  public Receiver(IntUnaryOperator script) {
    this.script = script;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          Map<String, String> headers = new java.util.HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(new Request(headers, body, java.time.Instant.now()));
          int status = this.script.applyAsInt(count.getAndIncrement());
          byte[] answer = ("answer " + status).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
  }

  public static Receiver ok() {
    return new Receiver(n -> 200);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Waits until {@code n} requests match, and returns them. */
  public List<Request> await(Predicate<Request> which, int n, Duration max) {
    long end = System.nanoTime() + max.toNanos();
    while (true) {
      List<Request> found = requests.stream().filter(which).toList();
      if (found.size() >= n || System.nanoTime() > end) {
        return found;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return found;
      }
    }
  }

  /** A script step: holds the request until {@code released} opens (at most {@code max}). */
  static int answerOnceReleased(CountDownLatch released, Duration max, int status) {
    try {
      released.await(max.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return status;
  }

  public static Predicate<Request> bodyContains(String text) {
    return r -> r.body().contains(text);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
