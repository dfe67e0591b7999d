package com.orderpool.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.payments.control.PspSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * HTTP calls to the deployed app for {@link PaymentsApiIT}, made from inside the server: provider
 * callbacks, problem+json checks, and pages as a signed-in user.
 */
final class ApiCalls {
  static final String PROBLEM = "application/problem+json";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String base;

  ApiCalls(String base) {
    this.base = base;
  }

  /** An answer: status, content type, the JSON body if it is one, and any Location header. */
  record Reply(int status, String contentType, JsonObject json, String location) {}

  static String event(String id, String order, String amount, String currency) {
    return "{\"id\":\""
        + id
        + "\",\"type\":\"payment.succeeded\",\"data\":{\"order\":\""
        + order
        + "\",\"amount\":\""
        + amount
        + "\",\"currency\":\""
        + currency
        + "\",\"reference\":\"pi_"
        + id
        + "\"}}";
  }

  static String sign(String body, String secret, Instant at) {
    return PspSignature.header(body.getBytes(StandardCharsets.UTF_8), secret, at.getEpochSecond());
  }

  Reply post(String provider, String body, String signature) {
    return send("/api/v1/payments/callback/" + provider, "POST", body, signature);
  }

  Reply send(String path, String method, String body, String signature) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      b.header(PspSignature.HEADER, signature);
    }
    HttpResponse<String> r = call(HTTP, b.build());
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
        r.headers().firstValue("Location").orElse(null));
  }

  static void assertProblem(Reply r, int status, String type) {
    assertEquals(status, r.status(), () -> "status of " + r);
    assertTrue(r.contentType().startsWith(PROBLEM), () -> "problem+json: " + r);
    assertNotNull(r.json(), () -> "a JSON body: " + r);
    assertEquals(status, r.json().getInt("status"));
    assertEquals("urn:orderpool:problem:" + type, r.json().getString("type"));
    assertFalse(r.json().getString("title").isBlank());
  }

  /** A browser session signed in through the login form. */
  HttpClient signIn(String email, String password) {
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    Matcher vs = VIEW_STATE.matcher(page(browser, "/login.xhtml"));
    assertTrue(vs.find(), "login page view state");
    String form =
        Stream.of(
                "login=login",
                "login:email=" + enc(email),
                "login:password=" + enc(password),
                "login:submit=",
                "jakarta.faces.ViewState=" + enc(vs.group(1)))
            .collect(Collectors.joining("&"));
    call(
        browser,
        HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
    return browser;
  }

  /** A page's HTML; it must answer 200. */
  String page(HttpClient browser, String path) {
    HttpResponse<String> r =
        call(browser, HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    assertEquals(200, r.statusCode(), () -> path + " answered " + r.statusCode());
    return r.body();
  }

  private static HttpResponse<String> call(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
