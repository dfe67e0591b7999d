package com.orderpool.webhooks.control;

import com.orderpool.webhooks.entity.AddressGuard;
import com.orderpool.webhooks.entity.WebhookAttempt;
import com.orderpool.webhooks.entity.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends one signed delivery over HTTP: the host is resolved and every address checked by the {@link
 * AddressGuard} on each attempt, redirects are not followed (they could lead anywhere), the
 * connection must open in 5 s and the answer come within 15 s. Only the first kilobyte of the
 * answer is read.
 */
@ApplicationScoped
public class WebhookSender {
  static final Duration CONNECT = Duration.ofSeconds(5);
  static final Duration TOTAL = Duration.ofSeconds(15);

  @Inject WebhookSettings settings;
  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT)
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public SendResult send(Outgoing o) {
    long started = System.nanoTime();
    URI uri;
    try {
      uri = URI.create(o.url());
    } catch (IllegalArgumentException e) {
      return SendResult.noResponse(0, "invalid URL");
    }
    Optional<String> refused = refusal(uri);
    if (refused.isPresent()) {
      return SendResult.noResponse(millisSince(started), "refused: " + refused.get());
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TOTAL)
            .header("content-type", "application/json")
            .header("user-agent", "Orderpool-Webhooks/1")
            .header("webhook-id", o.messageId())
            .header("webhook-timestamp", String.valueOf(timestamp))
            .header(
                "webhook-signature",
                WebhookSignature.header(o.secrets(), o.messageId(), timestamp, o.body()))
            .POST(HttpRequest.BodyPublishers.ofString(o.body(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String excerpt;
      try (InputStream in = response.body()) {
        excerpt = new String(in.readNBytes(WebhookAttempt.MAX_EXCERPT), StandardCharsets.UTF_8);
      }
      int status = response.statusCode();
      Duration retryAfter =
          status == 429 || status == 503
              ? response.headers().firstValue("retry-after").map(this::retryAfter).orElse(null)
              : null;
      return new SendResult(status, millisSince(started), excerpt, retryAfter);
    } catch (HttpTimeoutException e) {
      return SendResult.noResponse(millisSince(started), "timed out: " + e.getMessage());
    } catch (IOException e) {
      return SendResult.noResponse(
          millisSince(started), e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendResult.noResponse(millisSince(started), "interrupted");
    }
  }

  /** Why this URL may not be called now (scheme, or an address its host resolves to). */
  public Optional<String> refusal(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && !settings.requireHttps())) {
      return Optional.of("the URL must use https");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("the URL has no host");
    }
    try {
      List<InetAddress> resolved = Arrays.asList(InetAddress.getAllByName(uri.getHost()));
      return AddressGuard.refusal(resolved, settings.allowLoopback());
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + uri.getHost());
    }
  }

  /** Retry-After in seconds or as an HTTP date; null when unreadable. */
  Duration retryAfter(String value) {
    String v = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (RuntimeException notADate) {
        return null;
      }
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
