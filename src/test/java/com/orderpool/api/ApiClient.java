package com.orderpool.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP calls to the order API of the deployed app, made from inside the server, for {@link ApiIT}
 * (and the example body for the benchmarks).
 */
public final class ApiClient {
  static final String PROBLEM = "application/problem+json";
  static final String EXAMPLE =
      "{\"type\":\"MTO\",\"model\":\"Derby\",\"externalReference\":\"shop-1001\",\"channel\":\"API\","
          + "\"customer\":{\"name\":\"Ana Ruiz\",\"email\":\"ana@customer.example\",\"language\":\"es\"},"
          + "\"billingAddress\":{\"name\":\"Ana Ruiz\",\"line1\":\"Calle Mayor 1\",\"postalCode\":\"28001\",\"city\":\"Madrid\",\"country\":\"ES\"},"
          + "\"shippingAddress\":{\"name\":\"Ana Ruiz\",\"line1\":\"Calle Mayor 1\",\"postalCode\":\"28001\",\"city\":\"Madrid\",\"country\":\"ES\"},"
          + "\"lines\":[{\"sku\":\"DRB-38\",\"description\":\"Derby, EU 38\",\"quantity\":1,\"unitPrice\":\"100.00\"}]}";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String base;
  private final String key;

  public ApiClient(String base, String key) {
    this.base = base;
    this.key = key;
  }

  ApiClient as(String otherKey) {
    return new ApiClient(base, otherKey);
  }

  /**
   * An answer: status, content type, JSON body (if any), Location, Retry-After, and whether it
   * replays an earlier answer to its Idempotency-Key.
   */
  public record Reply(
      int status,
      String contentType,
      JsonObject json,
      String location,
      String retryAfter,
      boolean replayed) {
    public String number() {
      assertEquals(201, status, () -> "created: " + this);
      return json.getString("number");
    }
  }

  /** The example body with another external reference (and customer e-mail). */
  public static String example(String reference) {
    return EXAMPLE.replace("shop-1001", reference);
  }

  /** A raw answer: status and body bytes (for PDFs). */
  record Bytes(int status, byte[] body) {}

  Bytes getBytes(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    try {
      HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Bytes(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply post(String path, String body, String idempotencyKey) {
    return send("POST", path, body, idempotencyKey);
  }

  public Reply send(String method, String path, String body, String idempotencyKey) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonObject json = null;
      if (r.body() != null && r.body().startsWith("{")) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
          json = reader.readObject();
        }
      }
      return new Reply(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          json,
          r.headers().firstValue("Location").orElse(null),
          r.headers().firstValue("Retry-After").orElse(null),
          r.headers().firstValue("Idempotent-Replayed").isPresent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void assertProblem(Reply r, int status) {
    assertEquals(status, r.status(), () -> "status of " + r);
    assertTrue(r.contentType().startsWith(PROBLEM), () -> "problem+json: " + r);
    assertNotNull(r.json(), () -> "a JSON body: " + r);
    assertEquals(status, r.json().getInt("status"));
  }
}
