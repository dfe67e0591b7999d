package com.orderpool.stores;

import com.orderpool.core.JsonP;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A WooCommerce store for tests: a real HTTP server on a random loopback port that serves the
 * orders of {@code woo/orders.json} at {@code /wp-json/wc/v3/orders} as WooCommerce v3 does
 * (filtered by {@code include}, {@code after} and {@code before}, sorted by id, paged with {@code
 * X-WP-Total} and {@code X-WP-TotalPages}), {@link #pageSize} orders a page whatever {@code
 * per_page} asks. A {@link #failure} script may answer a page with an error instead. It records
 * every request's query and Authorization header.
 */
final class WooStore implements AutoCloseable {
  static final String PATH = "/wp-json/wc/v3/orders";

  /** A scripted answer: status and body. */
  record Answer(int status, String body) {}

  record Request(Map<String, String> query, String authorization) {}

  private final HttpServer server;
  private final JsonArray orders;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final int pageSize;

  /** Given the page number asked for, an answer that replaces the orders, or null. */
  volatile IntFunction<Answer> failure = page -> null;

  WooStore(int pageSize) {
    this.pageSize = pageSize;
    try (InputStream in = WooStore.class.getResourceAsStream("/woo/orders.json");
        JsonReader r = JsonP.createReader(in)) {
      orders = r.readArray();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, this::answer);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void answer(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    requests.add(new Request(query, exchange.getRequestHeaders().getFirst("Authorization")));
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    Answer scripted = failure.apply(page);
    if (scripted != null) {
      send(exchange, scripted.status(), scripted.body(), Map.of());
      return;
    }
    List<JsonObject> selected =
        orders.stream().map(JsonValue::asJsonObject).filter(o -> selected(o, query)).toList();
    int pages = Math.max(1, (selected.size() + pageSize - 1) / pageSize);
    JsonArrayBuilder body = JsonP.createArrayBuilder();
    selected.stream().skip((long) (page - 1) * pageSize).limit(pageSize).forEach(body::add);
    send(
        exchange,
        200,
        body.build().toString(),
        Map.of("X-WP-Total", String.valueOf(selected.size()), "X-WP-TotalPages", "" + pages));
  }

  private static boolean selected(JsonObject order, Map<String, String> query) {
    if (query.containsKey("include")) {
      Set<String> ids = Arrays.stream(query.get("include").split(",")).collect(Collectors.toSet());
      if (!ids.contains(String.valueOf(order.getJsonNumber("id").longValue()))) {
        return false;
      }
    }
    LocalDateTime created = LocalDateTime.parse(order.getString("date_created"));
    if (query.containsKey("after") && !created.isAfter(LocalDateTime.parse(query.get("after")))) {
      return false;
    }
    return !query.containsKey("before")
        || created.isBefore(LocalDateTime.parse(query.get("before")));
  }

  private static void send(
      HttpExchange exchange, int status, String body, Map<String, String> headers)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
