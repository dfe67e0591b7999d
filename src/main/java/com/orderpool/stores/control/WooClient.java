package com.orderpool.stores.control;

import com.orderpool.core.Config;
import com.orderpool.platform.control.DemoData;
import com.orderpool.stores.entity.StoreConnection;
import com.orderpool.webhooks.entity.AddressGuard;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Asks a WooCommerce store (REST API v3) for its orders: {@code GET
 * <store>/wp-json/wc/v3/orders?per_page=100&page=N&orderby=id&order=asc} with the selection's
 * parameters, authenticated with the consumer key and secret (HTTP Basic; on plain http, which only
 * the embedded run allows, also in the query string as WooCommerce wants there). Before every call
 * the host is resolved and refused if it is not a public address ({@link AddressGuard}, the
 * webhooks' rule; loopback and http only on the embedded database, or with {@value #ALLOW_LOOPBACK}
 * / {@value #REQUIRE_HTTPS}). Redirects are not followed. Connect 5 s, an answer within 60 s, at
 * most 32 MB.
 */
@ApplicationScoped
public class WooClient {
  public static final String ALLOW_LOOPBACK = "orderpool.stores.allow-loopback";
  public static final String REQUIRE_HTTPS = "orderpool.stores.require-https";
  public static final int PER_PAGE = 100;
  static final String ORDERS = "/wp-json/wc/v3/orders";
  private static final int MAX_BYTES = 32 * 1024 * 1024;

  /**
   * One page of orders, with the store's count of pages (-1 when it did not say) and of orders for
   * the whole selection.
   */
  public record Page(List<Map<String, Object>> orders, int totalPages, long total) {}

  private HttpClient http;
  private volatile boolean allowLoopback;
  private volatile boolean requireHttps;

  @PostConstruct
  void init() {
    boolean embedded =
        DemoData.allowed(
            Config.get("orderpool.db.url", ""), Config.get(DemoData.EMBEDDED_URL).orElse(null));
    allowLoopback = Boolean.parseBoolean(Config.get(ALLOW_LOOPBACK, String.valueOf(embedded)));
    requireHttps = Boolean.parseBoolean(Config.get(REQUIRE_HTTPS, String.valueOf(!embedded)));
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public boolean requireHttps() {
    return requireHttps;
  }

  /** Why a store address may not be saved or called; empty when it may. */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      return Optional.of("store.url.invalid");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null
        || uri.getUserInfo() != null
        || uri.getQuery() != null
        || uri.getFragment() != null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      return Optional.of("store.url.invalid");
    }
    if (scheme.equals("http") && requireHttps) {
      return Optional.of("store.url.https");
    }
    return Optional.empty();
  }

  /** One page of the selected orders (pages count from 1). */
  public Page page(StoreConnection store, StoreSelection selection, int page) {
    StringBuilder q =
        new StringBuilder("per_page=")
            .append(PER_PAGE)
            .append("&page=")
            .append(page)
            .append("&orderby=id&order=asc");
    for (String[] p : selection.parameters()) {
      q.append('&').append(p[0]).append('=').append(encode(p[1]));
    }
    return get(store, q.toString());
  }

  /** Tries the connection: the first order; answers how many orders the store has. */
  public long test(StoreConnection store) {
    return get(store, "per_page=1").total();
  }

  private Page get(StoreConnection store, String query) {
    String base = store.getStoreUrl().replaceAll("/+$", "");
    Optional<String> refused = refusal(base);
    if (refused.isPresent()) {
      throw new StoreUnavailableException(refused.get());
    }
    URI target = URI.create(base + ORDERS + "?" + query + queryAuth(base, store));
    guard(target);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (store.getConsumerKey() + ":" + store.getConsumerSecret())
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .header("User-Agent", "Orderpool store import")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    byte[] body;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (HttpTimeoutException e) {
      throw new StoreUnavailableException("store.timeout", target.getHost());
    } catch (IOException e) {
      throw new StoreUnavailableException("store.unreachable", target.getHost(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("store.unreachable", target.getHost(), "interrupted");
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new StoreUnavailableException("store.refused", status);
    }
    if (status == 404) {
      throw new StoreUnavailableException("store.notFound", base + ORDERS);
    }
    if (status < 200 || status > 299) {
      throw new StoreUnavailableException("store.status", status);
    }
    if (body.length > MAX_BYTES) {
      throw new StoreUnavailableException("store.garbage");
    }
    List<Map<String, Object>> orders =
        WooJson.orders(body).orElseThrow(() -> new StoreUnavailableException("store.garbage"));
    long total = header(response, "X-WP-Total").orElse((long) orders.size());
    int pages = (int) Math.min(100_000, header(response, "X-WP-TotalPages").orElse(-1L));
    return new Page(orders, pages, total);
  }

  private void guard(URI target) {
    try {
      List<InetAddress> resolved = Arrays.asList(InetAddress.getAllByName(target.getHost()));
      Optional<String> refused = AddressGuard.refusal(resolved, allowLoopback);
      if (refused.isPresent()) {
        throw new StoreUnavailableException("store.url.refused", refused.get());
      }
    } catch (UnknownHostException e) {
      throw new StoreUnavailableException("store.unknownHost", target.getHost());
    }
  }

  /** WooCommerce takes the key and secret in the query string on plain http. */
  private static String queryAuth(String base, StoreConnection store) {
    if (!base.toLowerCase(Locale.ROOT).startsWith("http:")) {
      return "";
    }
    return "&consumer_key="
        + encode(store.getConsumerKey())
        + "&consumer_secret="
        + encode(store.getConsumerSecret());
  }

  private static Optional<Long> header(HttpResponse<?> response, String name) {
    try {
      return response.headers().firstValue(name).map(v -> Long.parseLong(v.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
