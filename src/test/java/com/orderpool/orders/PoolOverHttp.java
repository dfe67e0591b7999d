package com.orderpool.orders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The order pool driven over HTTP the way a browser does it: sign in through the login form, open
 * the pool page, and send the requests the page's components send (the filter form's "Apply" and
 * the table's own ajax requests for filtering and paging). Every response is checked against the
 * order numbers the service returned for the same scenario, so an error page is never timed.
 */
final class PoolOverHttp {
  /** How a user reaches a scenario's page. */
  enum Mode {
    /** The page GET (rows drawn with the page) and the table's request for the first page. */
    FIRST,
    /** The paginator's "next" from the page before (the pool continues by keyset). */
    NEXT,
    /** A page link (the pool jumps by offset). */
    PAGE,
    /** A crafted request past the paginator's last page: the table moves it back; not timed. */
    CLAMPED,
    /** No way there from the UI. */
    NONE,
    /** The filter form's "Apply", then the table's filter request. */
    FILTER
  }

  /** The table's rows per page (its default). */
  static final int SIZE = 25;

  /** Requests per scenario in the warm-up pass (not timed). */
  private static final int WARM_UP_RUNS = 5;

  private static final String PAGE = "orders/pool.xhtml";
  private static final String TABLE = "poolForm:pool";
  private static final String GLOBAL_FILTER = TABLE + ":globalFilter";
  private static final Pattern VIEW_STATE_INPUT =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern VIEW_STATE_UPDATE =
      Pattern.compile(
          "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)\\]\\]>");
  private static final Pattern TOTAL = Pattern.compile("totalRecords&#34;:(\\d+)");
  private static final Pattern ROW_KEY = Pattern.compile("data-rk=\"([^\"]*)\"");

  private final URI base;
  private final Path dir;
  private final HttpClient client;
  private final List<String> notes = new ArrayList<>();

  /** The first response of each kind: its HTML/XML size and its size on the wire. */
  private final Map<String, int[]> sizes = new LinkedHashMap<>();

  private String viewState;

  private record Reply(String body, double ms) {}

  PoolOverHttp(URL base, Path dir) throws URISyntaxException {
    String b = base.toExternalForm();
    this.base = new URI(b.endsWith("/") ? b : b + "/");
    this.dir = dir;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
  }

  /**
   * Signs in and measures every scenario of the in-container run. Returns the HTTP cells of each
   * scenario's row (key: index), plus notes under key -1.
   */
  Map<Integer, String> run(Properties state, int runs) throws IOException {
    login(state.getProperty("email"), state.getProperty("password"));
    Map<Integer, String> cells = new LinkedHashMap<>();
    int n = Integer.parseInt(state.getProperty("scenarios"));
    // The server has just booted: a short pass over every scenario first warms the code paths a
    // server in use has long compiled, so the first scenario is not timed on a cold one.
    for (int i = 0; i < n; i++) {
      scenario(state, i, WARM_UP_RUNS);
    }
    notes.clear();
    for (int i = 0; i < n; i++) {
      cells.put(i, scenario(state, i, runs));
    }
    sizes.forEach(
        (what, size) ->
            notes.add(
                String.format(
                    "Response size, %s: %.1f KB, %.1f KB on the wire.",
                    what, size[0] / 1024.0, size[1] / 1024.0)));
    cells.put(-1, String.join("\n", notes));
    return cells;
  }

  private void login(String email, String password) throws IOException {
    Reply page = get("login.xhtml");
    viewState = match(VIEW_STATE_INPUT, page.body(), "login page view state");
    Got r =
        send(
            HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(
                    form(
                        List.of(
                            kv("login", "login"),
                            kv("login:email", email),
                            kv("login:password", password),
                            kv("login:submit", ""),
                            kv("jakarta.faces.ViewState", viewState))))
                .build());
    if (r.uri().getPath().endsWith("login.xhtml") || r.body().contains("id=\"login\"")) {
      throw new IllegalStateException("sign-in failed, landed on " + r.uri());
    }
  }

  private String scenario(Properties state, int i, int runs) throws IOException {
    String prefix = "s." + i + ".";
    String name = state.getProperty(prefix + "name");
    Mode mode = Mode.valueOf(state.getProperty(prefix + "mode"));
    int first = Integer.parseInt(state.getProperty(prefix + "first"));
    int uiFirst = Integer.parseInt(state.getProperty(prefix + "uiFirst"));
    String expectedText = state.getProperty(prefix + "expected");
    List<String> expected =
        expectedText.isEmpty() ? List.of() : Arrays.asList(expectedText.split(","));
    List<String[]> form = new ArrayList<>();
    for (String line : state.getProperty(prefix + "form").split("\n")) {
      if (!line.isEmpty()) {
        int eq = line.indexOf('=');
        form.add(kv(line.substring(0, eq), line.substring(eq + 1)));
      }
    }
    if (form.stream().noneMatch(kv -> kv[0].equals(GLOBAL_FILTER))) {
      form.add(kv(GLOBAL_FILTER, ""));
    }
    double rawTotal = Double.parseDouble(state.getProperty(prefix + "rawTotal"));
    double[] ajax = new double[runs];
    double[] view = null;
    switch (mode) {
      case NONE -> {
        return "not reachable from the UI | | | | ";
      }
      case CLAMPED -> {
        open();
        Reply r = paginate(first, form);
        check(name, r, expected);
        notes.add(
            String.format(
                "%s: a crafted table request for offset %,d drew the rows at offset %,d"
                    + " (PrimeFaces moves an offset past the row count back to the last page).",
                name, first, uiFirst));
        return String.format("request moved to offset %,d (not timed) | | | | ", uiFirst);
      }
      case FIRST -> {
        view = new double[runs];
        for (int k = -3; k < runs; k++) {
          Reply r = open();
          check(name, r, expected);
          if (k >= 0) {
            view[k] = r.ms();
          }
        }
        for (int k = -3; k < runs; k++) {
          Reply r = paginate(0, form);
          check(name, r, expected);
          if (k >= 0) {
            ajax[k] = r.ms();
          }
        }
      }
      case NEXT, PAGE -> {
        open();
        for (int k = -3; k < runs; k++) {
          if (mode == Mode.NEXT) {
            paginate(first - SIZE, form);
          }
          Reply r = paginate(first, form);
          check(name, r, expected);
          if (k >= 0) {
            ajax[k] = r.ms();
          }
        }
        if (mode == Mode.PAGE) {
          Reply r = paginate(first, form);
          check(name, r, expected);
          notes.add(
              String.format(
                  "%s: the table answered with %d rows and a paginator total of %s.",
                  name, expected.size(), match(TOTAL, r.body(), "paginator total")));
        }
      }
      case FILTER -> {
        open();
        view = new double[runs];
        for (int k = -3; k < runs; k++) {
          Reply applied = apply(form);
          Reply r = filter(form);
          check(name, r, expected);
          if (k >= 0) {
            view[k] = applied.ms() + r.ms();
            ajax[k] = r.ms();
          }
        }
      }
      default -> throw new IllegalStateException(mode.name());
    }
    Arrays.sort(ajax);
    String viewCells = "— | —";
    if (view != null) {
      Arrays.sort(view);
      viewCells = String.format("%.1f ms | %.1f ms", p(view, 50), p(view, 95));
    }
    return String.format(
        "%.1f ms | %.1f ms | %s | %.1f×",
        p(ajax, 50), p(ajax, 95), viewCells, p(ajax, 95) / Math.max(0.01, rawTotal));
  }

  /** A fresh view of the pool page (its filters at their defaults). */
  private Reply open() throws IOException {
    Reply r = get(PAGE);
    if (!r.body().contains("id=\"" + TABLE + "\"")) {
      save("pool-page-unexpected.html", r.body());
      throw new IllegalStateException("no order pool table in the page; see pool-page-unexpected");
    }
    viewState = match(VIEW_STATE_INPUT, r.body(), "pool page view state");
    if (!Files.exists(dir.resolve("pool-page.html"))) {
      save("pool-page.html", r.body());
    }
    return r;
  }

  private Reply paginate(int first, List<String[]> form) throws IOException {
    List<String[]> params = new ArrayList<>();
    params.add(kv(TABLE + "_pagination", "true"));
    params.add(kv(TABLE + "_first", Integer.toString(first)));
    params.add(kv(TABLE + "_rows", Integer.toString(SIZE)));
    params.add(kv(TABLE + "_skipChildren", "true"));
    params.add(kv(TABLE + "_encodeFeature", "true"));
    params.addAll(form);
    return ajax(TABLE, TABLE, TABLE, params);
  }

  private Reply filter(List<String[]> form) throws IOException {
    List<String[]> params = new ArrayList<>();
    params.add(kv(TABLE + "_filtering", "true"));
    params.add(kv(TABLE + "_encodeFeature", "true"));
    params.addAll(form);
    return ajax(TABLE, TABLE, TABLE, params);
  }

  private Reply apply(List<String[]> form) throws IOException {
    List<String[]> params = new ArrayList<>();
    params.add(kv("poolForm:applyFilters", "poolForm:applyFilters"));
    params.addAll(form);
    return ajax("poolForm:applyFilters", "poolForm:filters", "poolForm:filters", params);
  }

  private Reply ajax(String source, String execute, String render, List<String[]> params)
      throws IOException {
    List<String[]> all = new ArrayList<>();
    all.add(kv("jakarta.faces.partial.ajax", "true"));
    all.add(kv("jakarta.faces.source", source));
    all.add(kv("jakarta.faces.partial.execute", execute));
    all.add(kv("jakarta.faces.partial.render", render));
    all.addAll(params);
    all.add(kv("poolForm", "poolForm"));
    all.add(kv("jakarta.faces.ViewState", viewState));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(PAGE))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .POST(form(all))
            .build();
    long t0 = System.nanoTime();
    Got r = send(request);
    double ms = (System.nanoTime() - t0) / 1e6;
    String body = r.body();
    sizes.putIfAbsent(
        "ajax:" + source, new int[] {body.getBytes(StandardCharsets.UTF_8).length, r.wireBytes()});
    if (r.statusCode() != 200
        || !body.contains("<partial-response")
        || body.contains("<error>")
        || body.contains("<redirect")) {
      save("ajax-failure.xml", body);
      throw new IllegalStateException(
          "ajax request from " + source + " failed (" + r.statusCode() + "); see ajax-failure");
    }
    Matcher m = VIEW_STATE_UPDATE.matcher(body);
    if (m.find()) {
      viewState = m.group(1);
    }
    return new Reply(body, ms);
  }

  private Reply get(String path) throws IOException {
    long t0 = System.nanoTime();
    Got r = send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    double ms = (System.nanoTime() - t0) / 1e6;
    sizes.putIfAbsent(
        "GET " + path, new int[] {r.body().getBytes(StandardCharsets.UTF_8).length, r.wireBytes()});
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + ": " + r.statusCode());
    }
    return new Reply(r.body(), ms);
  }

  /** A response as the browser sees it: decompressed, with its size on the wire. */
  private record Got(int statusCode, URI uri, String body, int wireBytes) {}

  /** Sends as a browser does (accepting gzip) and decompresses what comes back gzipped. */
  private Got send(HttpRequest request) throws IOException {
    HttpRequest gzipped =
        HttpRequest.newBuilder(request, (name, value) -> true)
            .header("Accept-Encoding", "gzip")
            .build();
    try {
      HttpResponse<byte[]> r = client.send(gzipped, HttpResponse.BodyHandlers.ofByteArray());
      byte[] bytes = r.body();
      boolean gzip =
          r.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
      byte[] plain =
          gzip ? new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes() : bytes;
      return new Got(
          r.statusCode(), r.uri(), new String(plain, StandardCharsets.UTF_8), bytes.length);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The rows the response drew (their keys are the order numbers) must be the expected ones. */
  private void check(String scenario, Reply r, List<String> expected) {
    List<String> shown = new ArrayList<>();
    Matcher m = ROW_KEY.matcher(r.body());
    while (m.find()) {
      shown.add(m.group(1));
    }
    if (expected.isEmpty() || !shown.equals(expected)) {
      save("rows-mismatch.txt", r.body());
      throw new AssertionError(
          scenario + ": expected rows " + expected + " but the response drew " + shown);
    }
  }

  private void save(String file, String body) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String match(Pattern p, String body, String what) {
    Matcher m = p.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no " + what);
    }
    return m.group(1);
  }

  private static String[] kv(String key, String value) {
    return new String[] {key, value};
  }

  private static HttpRequest.BodyPublisher form(List<String[]> params) {
    return HttpRequest.BodyPublishers.ofString(
        params.stream()
            .map(
                kv ->
                    URLEncoder.encode(kv[0], StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(kv[1], StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")));
  }

  private static double p(double[] sorted, int percentile) {
    int idx = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
  }

  /** The results table: in-container and raw SQL figures, and the HTTP ones once measured. */
  static String report(Properties state, Map<Integer, String> http) {
    StringBuilder md = new StringBuilder(state.getProperty("loaded")).append("\n\n");
    md.append(
        "| scenario | rows | load p50 | load p95 | count p50 | count p95 | raw SQL load p95"
            + " | raw SQL count p95 | ORM/raw (load) | HTTP ajax p50 | HTTP ajax p95"
            + " | HTTP GET or Apply p50 | HTTP GET or Apply p95 | HTTP ajax/raw (load+count) |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    int n = Integer.parseInt(state.getProperty("scenarios"));
    boolean reachableWithin = true;
    for (int i = 0; i < n; i++) {
      String prefix = "s." + i + ".";
      if (state.getProperty(prefix + "container") == null) {
        break;
      }
      md.append("| ")
          .append(state.getProperty(prefix + "name"))
          .append(" | ")
          .append(state.getProperty(prefix + "rows"))
          .append(" | ")
          .append(state.getProperty(prefix + "container"))
          .append(" | ")
          .append(http == null ? "… | … | … | … | …" : http.get(i))
          .append(" |\n");
      Mode mode = Mode.valueOf(state.getProperty(prefix + "mode"));
      if (mode != Mode.NONE && mode != Mode.CLAMPED) {
        reachableWithin &= Boolean.parseBoolean(state.getProperty(prefix + "withinTarget"));
      }
    }
    md.append(
        String.format(
            "%nEvery scenario reachable from the UI within p95 ≤ 100 ms (in-container load and"
                + " count): %s%n",
            reachableWithin));
    if (http != null && !http.get(-1).isEmpty()) {
      md.append('\n').append(http.get(-1)).append('\n');
    }
    md.append("\n## SQL and plans\n\n").append(state.getProperty("sql", ""));
    return md.toString();
  }
}
