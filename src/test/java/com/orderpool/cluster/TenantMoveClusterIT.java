package com.orderpool.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.dev.Cluster;
import com.orderpool.support.TestEnvironment;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tenant moves from database server 1 to server 2 while API clients place orders through HAProxy:
 * the move is started on the platform console, the intake meets 503 (Retry-After) while the tenant
 * is read-only and retries with the same Idempotency-Key, and at the end every order the clients
 * were told was accepted exists exactly once, on the new server.
 */
class TenantMoveClusterIT {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final String TENANTS = "/platform/tenants.xhtml";

  /** An order of a list page: its number, and its external reference (fields in this order). */
  private static final Pattern ORDER =
      Pattern.compile(
          "\"number\":\"([^\"]+)\",\"type\":\"[^\"]*\",\"channel\":\"[^\"]*\","
              + "\"model\":\"[^\"]*\",\"quantity\":\\d+(?:,\"externalReference\":\"([^\"]*)\")?");

  private static final Pattern NUMBER = Pattern.compile("\"number\":\"([^\"]+)\"");
  private static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
  private static final String BODY =
      "{\"type\":\"MTO\",\"model\":\"Derby\",\"externalReference\":\"REF\",\"channel\":\"API\","
          + "\"customer\":{\"name\":\"Ana Ruiz\",\"email\":\"ana@customer.example\"},"
          + "\"billingAddress\":{\"name\":\"Ana Ruiz\",\"line1\":\"Calle Mayor 1\",\"postalCode\":\"28001\",\"city\":\"Madrid\",\"country\":\"ES\"},"
          + "\"lines\":[{\"sku\":\"DRB-38\",\"description\":\"Derby, EU 38\",\"quantity\":1,\"unitPrice\":\"100.00\"}]}";

  private static Cluster cluster;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeAll
  static void startCluster() {
    cluster = ClusterFixture.get();
  }

  @Test
  void ordersPlacedDuringAMoveThroughHaproxyAreAllThereExactlyOnce() throws Exception {
    String base = cluster.balancer().baseUrl();
    String key = ClusterFixture.apiKey();
    Map<String, String> accepted = new ConcurrentHashMap<>(); // reference -> number
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger refusals = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(3);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      int client = c;
      running.add(
          clients.submit(
              () -> {
                for (int i = 0; !stop.get(); i++) {
                  String ref = "move-" + client + "-" + i;
                  accepted.put(ref, place(base, key, ref, refusals));
                }
                return null;
              }));
    }
    Thread.sleep(3_000);

    // the platform admin works on one node (the intake goes through HAProxy to both)
    Console admin = new Console(cluster.nodes().get(0).baseUrl());
    admin.signIn();
    String page = admin.get(TENANTS);
    String viewState = viewState(page);
    // the list is by code: the other tests' tenants may come before BFG
    Matcher row =
        Pattern.compile(
                "data-ri=\"(\\d+)\"(?:(?!data-ri=).)*?<span class=\"op-code\">"
                    + ClusterFixture.DEMO_TENANT
                    + "</span>(?:(?!data-ri=).)*?<span class=\"op-code\">([^<]*)</span>",
                Pattern.DOTALL)
            .matcher(page);
    assertTrue(row.find(), "BFG is in the tenant list");
    assertEquals("main", row.group(2), "BFG starts on the default server");
    admin.ajax(
        TENANTS,
        viewState,
        "tenantsForm:tenants:" + row.group(1) + ":move",
        "tenantsForm",
        Map.of());
    String started =
        admin.ajax(
            TENANTS,
            viewState,
            "moveForm:moveStart",
            "moveForm",
            Map.of("moveForm:target_input", TestEnvironment.SECOND_SERVER));
    assertFalse(started.contains("<error"), started);

    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    boolean moved = false;
    while (!moved && System.nanoTime() < until) {
      Thread.sleep(1_000);
      moved = admin.get(TENANTS).contains(">" + TestEnvironment.SECOND_SERVER + "</span>");
    }
    assertTrue(moved, "the tenant list shows BFG on the second server");
    Thread.sleep(3_000); // orders go on after the move, on the new server
    stop.set(true);
    for (Future<?> f : running) {
      f.get(5, java.util.concurrent.TimeUnit.MINUTES);
    }
    clients.shutdown();
    assertTrue(refusals.get() > 0, "the intake met the read-only tenant at least once");

    // each accepted order reads back by its number, with its reference
    for (Map.Entry<String, String> a : accepted.entrySet()) {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/orders/" + a.getValue()))
                  .header("Authorization", "Bearer " + key)
                  .GET());
      assertEquals(200, r.statusCode(), () -> a + ": " + r.body());
      assertTrue(r.body().contains("\"externalReference\":\"" + a.getKey() + "\""), r::body);
    }
    // the list leaves out orders younger than its lag (2 s): wait it out, then look for duplicates
    Thread.sleep(3_000);

    // every accepted order exists exactly once: page through all of the tenant's orders
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> numberOf = new HashMap<>();
    String cursor = null;
    do {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(
                      URI.create(
                          base
                              + "/api/v1/orders?limit=500"
                              + (cursor == null ? "" : "&cursor=" + enc(cursor))))
                  .header("Authorization", "Bearer " + key)
                  .GET());
      assertEquals(200, r.statusCode(), r::body);
      Matcher m = ORDER.matcher(r.body());
      while (m.find()) {
        if (m.group(2) != null) {
          seen.merge(m.group(2), 1, Integer::sum);
          numberOf.put(m.group(2), m.group(1));
        }
      }
      Matcher next = CURSOR.matcher(r.body());
      cursor = r.body().contains("\"hasMore\":true") && next.find() ? next.group(1) : null;
    } while (cursor != null);
    assertTrue(accepted.size() > 10, "orders were placed: " + accepted.size());
    for (Map.Entry<String, String> a : accepted.entrySet()) {
      assertEquals(1, seen.getOrDefault(a.getKey(), 0), "accepted once: " + a.getKey());
      assertEquals(a.getValue(), numberOf.get(a.getKey()), a.getKey());
    }
    long ours = seen.keySet().stream().filter(r -> r.startsWith("move-")).count();
    assertEquals(accepted.size(), ours, "no order the clients were not told about");
    assertTrue(seen.values().stream().allMatch(n -> n == 1), "no duplicates");
  }

  /** Places one order, retrying with the same key on 503, 409 and lost connections. */
  private static String place(String base, String key, String ref, AtomicInteger refusals)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < until) {
      try {
        HttpResponse<String> r =
            send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
                    .header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "key-" + ref)
                    .POST(HttpRequest.BodyPublishers.ofString(BODY.replace("REF", ref))));
        if (r.statusCode() == 201) {
          Matcher m = NUMBER.matcher(r.body());
          assertTrue(m.find(), r.body());
          return m.group(1);
        }
        if (r.statusCode() != 503 && r.statusCode() != 409 && r.statusCode() < 500) {
          throw new AssertionError(ref + ": " + r.statusCode() + " " + r.body());
        }
        if (r.statusCode() == 503) {
          refusals.incrementAndGet();
          assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
          assertTrue(r.body().contains("tenant.maintenance"), r.body());
        }
      } catch (IOException lost) {
        // HAProxy or a node dropped the connection: the same key again
      }
      Thread.sleep(500);
    }
    throw new AssertionError(ref + " never accepted");
  }

  private static HttpResponse<String> send(HttpRequest.Builder b)
      throws IOException, InterruptedException {
    return HTTP.send(
        b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    assertTrue(m.find(), "a view state");
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The platform admin's browser: a session cookie, form posts and JSF ajax posts. */
  private static final class Console {
    private final String base;
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    Console(String base) {
      this.base = base;
    }

    void signIn() throws IOException, InterruptedException {
      String login = get("/login.xhtml");
      Map<String, String> form = new HashMap<>();
      form.put("login", "login");
      form.put("login:email", TestEnvironment.ADMIN_EMAIL);
      form.put("login:password", TestEnvironment.ADMIN_PASSWORD);
      form.put("login:submit", "");
      form.put("jakarta.faces.ViewState", viewState(login));
      String after = post("/login.xhtml", form, false);
      assertFalse(after.contains("name=\"login:email\""), "signed in");
    }

    String get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    String ajax(
        String path, String viewState, String source, String form, Map<String, String> fields)
        throws IOException, InterruptedException {
      Map<String, String> f = new HashMap<>(fields);
      f.put("jakarta.faces.partial.ajax", "true");
      f.put("jakarta.faces.source", source);
      f.put("jakarta.faces.partial.execute", form);
      f.put(source, source);
      f.put(form, form);
      f.put("jakarta.faces.ViewState", viewState);
      return post(path, f, true);
    }

    String post(String path, Map<String, String> form, boolean ajax)
        throws IOException, InterruptedException {
      List<String> pairs = new ArrayList<>();
      form.forEach((k, v) -> pairs.add(enc(k) + "=" + enc(v)));
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
      if (ajax) {
        b.header("Faces-Request", "partial/ajax");
      }
      return send(b);
    }

    private String send(HttpRequest.Builder b) throws IOException, InterruptedException {
      return client
          .send(
              b.header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }
  }
}
