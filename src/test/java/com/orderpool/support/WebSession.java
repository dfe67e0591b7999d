package com.orderpool.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP session (cookies, redirects followed) against the server the in-container
 * test runs in, signed in through the JSF login form.
 */
public final class WebSession {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  /** Where a request ended up after redirects, and what it showed. */
  public record Page(int status, URI uri, String body) {
    public boolean isLoginPage() {
      return uri.getPath().endsWith("/login.xhtml") && body.contains("name=\"login:email\"");
    }
  }

  public static final String POOL = "/orders/pool.xhtml";

  private final String base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private WebSession(String base) {
    this.base = base;
  }

  /** Signs in; the page after the login must not be the login page again. */
  public static WebSession signIn(String base, String email, String password) {
    WebSession s = new WebSession(base);
    Matcher vs = VIEW_STATE.matcher(s.get("/login.xhtml").body());
    assertTrue(vs.find(), "login page view state");
    String form =
        String.join(
            "&",
            "login=login",
            "login:email=" + enc(email),
            "login:password=" + enc(password),
            "login:submit=",
            "jakarta.faces.ViewState=" + enc(vs.group(1)));
    Page after =
        s.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertTrue(!after.isLoginPage(), () -> "signed in as " + email + ": " + after.uri());
    return s;
  }

  /** The tenant's order pool shows: still signed in. */
  public void assertShowsPool(String code) {
    Page page = get(POOL);
    assertFalse(page.isLoginPage(), () -> "still signed in, got " + page.uri());
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Company " + code), "the tenant's pool");
  }

  /** The next request lands on the login page, which says why, and shows nothing of the pool. */
  public void assertSentToLogin(String why) {
    Page page = get(POOL);
    assertTrue(page.isLoginPage(), () -> "login page expected, got " + page.uri());
    assertEquals(why, page.uri().getQuery(), "the login page says why");
    assertFalse(page.body().contains("Company "), "nothing of the page");
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** A file: its status, content type and bytes. */
  public record Download(int status, String contentType, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  public Download download(String path) {
    try {
      HttpResponse<byte[]> r =
          client.send(
              HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Page(r.statusCode(), r.uri(), r.body());
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
