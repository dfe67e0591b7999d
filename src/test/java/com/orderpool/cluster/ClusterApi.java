package com.orderpool.cluster;

import com.orderpool.api.ApiClient;
import com.orderpool.dev.LoadBalancer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order intake client as a shop would write one against a cluster: each order has its own
 * Idempotency-Key, and an answer that says nothing happened yet, or a lost connection, is retried
 * with the same key and body until the order is accepted.
 */
final class ClusterApi {
  private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

  /**
   * Answers worth another try: 409 (the key's first request is still at work, or its node died and
   * the key is not yet free), 429, and the balancer's or a stopping node's 500, 502, 503, 504.
   */
  private static final Set<Integer> AGAIN = Set.of(409, 429, 500, 502, 503, 504);

  /** An accepted order: its number and the node that answered 201. */
  record Placed(String reference, String number, String node) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String key;

  /** Requests that were tried again, for the test's report. */
  final AtomicInteger retries = new AtomicInteger();

  ClusterApi(String base, String key) {
    this.base = base;
    this.key = key;
  }

  /** The API's example order with this external reference and customer e-mail. */
  static String body(String reference, String customerEmail) {
    return ApiClient.example(reference)
        .replace("ana@customer.example", customerEmail)
        .replace("\"language\":\"es\"", "\"language\":\"en\"");
  }

  /** Places one order, retrying until it is accepted or {@code patience} runs out. */
  Placed place(String reference, String customerEmail, Duration patience)
      throws InterruptedException {
    String idempotencyKey = UUID.randomUUID().toString();
    String body = body(reference, customerEmail);
    Instant deadline = Instant.now().plus(patience);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + key)
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", idempotencyKey)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 201) {
          Matcher m = NUMBER.matcher(r.body());
          if (!m.find()) {
            throw new AssertionError("201 without a number: " + r.body());
          }
          return new Placed(
              reference, m.group(1), r.headers().firstValue(LoadBalancer.NODE_HEADER).orElse("?"));
        }
        if (!AGAIN.contains(r.statusCode())) {
          throw new AssertionError(
              reference + ": refused with " + r.statusCode() + ": " + r.body());
        }
        last = r.statusCode() + " " + r.body();
      } catch (IOException e) {
        last = e.toString();
      }
      retries.incrementAndGet();
      Thread.sleep(250);
    }
    throw new AssertionError(reference + " not accepted within " + patience + "; last: " + last);
  }
}
