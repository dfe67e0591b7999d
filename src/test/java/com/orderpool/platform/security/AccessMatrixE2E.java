package com.orderpool.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page × every kind of caller × every spelling of its path answers what it should (the page,
 * a 404 for a page of another role or another tenant's data, the login page for anonymous callers)
 * and never a 500; and the write actions an accountant can still post from pages they may read are
 * refused by the services behind them.
 */
class AccessMatrixE2E {
  private static final String PW = "matrix password 1";
  private static final Set<String> PUBLIC =
      Set.of(
          "/login.xhtml",
          "/set-password.xhtml",
          "/forgot-password.xhtml",
          "/error/404.xhtml",
          "/error/500.xhtml");
  private static final Pattern HOLD_BUTTON = Pattern.compile("id=\"[^\"]*:hold\"");
  private static final Pattern RELEASE_BUTTON = Pattern.compile("id=\"[^\"]*:release\"");
  private static final Set<String> TENANT_ROLES = Set.of("TENANT_ADMIN", "STAFF", "ACCOUNTANT");

  /** Who may open each folder (written out here, not read from the code under test). */
  private static final Map<String, Set<String>> FOLDERS =
      Map.ofEntries(
          Map.entry("platform", Set.of("PLATFORM_ADMIN")),
          Map.entry("orders", TENANT_ROLES),
          Map.entry("customers", TENANT_ROLES),
          Map.entry("collaboration", TENANT_ROLES),
          Map.entry("payments", TENANT_ROLES),
          Map.entry("returns", TENANT_ROLES),
          Map.entry("imports", TENANT_ROLES),
          Map.entry("reports", Set.of("TENANT_ADMIN", "ACCOUNTANT")),
          Map.entry("downloads", TENANT_ROLES),
          Map.entry("users", Set.of("TENANT_ADMIN")),
          Map.entry("settings", Set.of("TENANT_ADMIN")));

  /** Pages at the top that need a login and a particular state. */
  private static final Map<String, Set<String>> ROOT =
      Map.of("/change-password.xhtml", Set.of("PASSWORD_CHANGE_REQUIRED"));

  /** A kind of caller: its role, whether it belongs to the tenant whose data the pages show. */
  private record Caller(String name, String role, boolean ownTenant) {}

  private static String baseUrl;
  private static Browser browser;
  private static String code;
  private static String orderNumber;
  private static String customerId;
  private static final Map<Caller, String> sessions = new LinkedHashMap<>();
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    baseUrl = TestEnvironment.appUrl();
    browser = new Browser(baseUrl);
    code = Codes.fresh();
    String admin = UiTenants.provisionAndLogin(browser, code, PW);
    invite("Stan Staff", Codes.email(code, "staff"), "STAFF");
    invite("Alma Books", Codes.email(code, "books"), "ACCOUNTANT");
    setPassword(Codes.email(code, "staff"));
    setPassword(Codes.email(code, "books"));

    UiTenants.login(browser, admin, PW);
    browser.open("/orders/pool.xhtml");
    browser.click("#openNewOrder");
    fillNewOrder("Matrix boot", "carla@example.test");
    browser.click("#newOrderForm\\:submit");
    orderNumber = "10001-" + code;
    browser.waitForText(orderNumber);
    browser.open("/customers/customers.xhtml");
    Matcher m =
        Pattern.compile("customer\\.xhtml\\?id=(\\d+)").matcher(waitFor("customer.xhtml?id="));
    assertTrue(m.find(), "the customer of the order is listed");
    customerId = m.group(1);

    String other = Codes.fresh();
    String otherAdmin = UiTenants.provisionAndLogin(browser, other, PW);

    sessions.put(new Caller("anonymous", null, false), null);
    sessions.put(
        new Caller("platform admin", "PLATFORM_ADMIN", false),
        signIn(TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD));
    sessions.put(new Caller("tenant admin", "TENANT_ADMIN", true), signIn(admin, PW));
    sessions.put(new Caller("staff", "STAFF", true), signIn(Codes.email(code, "staff"), PW));
    sessions.put(
        new Caller("accountant", "ACCOUNTANT", true), signIn(Codes.email(code, "books"), PW));
    sessions.put(
        new Caller("another tenant's admin", "TENANT_ADMIN", false), signIn(otherAdmin, PW));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyPageForEveryCallerInEverySpelling() throws Exception {
    List<String> pages = pages();
    assertTrue(pages.contains("/users/users.xhtml") && pages.size() >= 25, "pages: " + pages);
    List<Callable<List<String>>> checks = new ArrayList<>();
    for (Map.Entry<Caller, String> session : sessions.entrySet()) {
      for (String page : pages) {
        checks.add(() -> check(session.getKey(), session.getValue(), page));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<String> wrong = new ArrayList<>();
    try {
      for (Future<List<String>> f : pool.invokeAll(checks)) {
        wrong.addAll(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), wrong, checks.size() * 7 + " requests checked");
  }

  /**
   * Callers of different roles, each opening their own pages at the same time and many times over,
   * always keep their roles: none of their pages ever answers 404 or another role's view.
   */
  @Test
  void concurrentCallersOfDifferentRolesKeepTheirRoles() throws Exception {
    List<Callable<String>> checks = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      for (Map.Entry<Caller, String> session : sessions.entrySet()) {
        for (String page : pages()) {
          Caller caller = session.getKey();
          Expect expect = expect(page, caller);
          if (expect == Expect.PAGE || expect == Expect.NOT_FOUND) {
            String url = page + query(page);
            checks.add(
                () -> {
                  String problem = judge(expect, "plain", get(url, session.getValue()));
                  return problem == null ? null : caller.name() + " GET " + url + ": " + problem;
                });
          }
        }
      }
    }
    Collections.shuffle(checks, new Random(7));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<String> wrong = new ArrayList<>();
    try {
      for (Future<String> f : pool.invokeAll(checks)) {
        if (f.get() != null) {
          wrong.add(f.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(checks.size() > 500, checks.size() + " requests");
    assertEquals(List.of(), wrong, checks.size() + " requests checked");
  }

  @Test
  void loggingOutEndsTheSessionForEveryLaterRequest() {
    String cookies = signIn(Codes.email(code, "staff"), PW);
    assertEquals(200, get("/orders/pool.xhtml", cookies).statusCode(), "signed in");
    browser.open("/orders/pool.xhtml");
    browser.click("#topbar\\:logout");
    browser.waitUntil(d -> d.getCurrentUrl().contains("loggedOut=1") ? true : null);
    HttpResponse<String> after = get("/orders/pool.xhtml", cookies);
    assertEquals(302, after.statusCode(), "the old session cookie no longer signs in");
    assertTrue(after.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
  }

  /** One page for one caller, in every spelling: what is wrong, if anything. */
  private static List<String> check(Caller caller, String cookies, String page) {
    Expect expect = expect(page, caller);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> variant : variants(page).entrySet()) {
      String url = variant.getValue() + query(page);
      String problem = judge(expect, variant.getKey(), get(url, cookies));
      if (problem != null) {
        wrong.add(caller.name() + " GET " + url + ": " + problem);
      }
    }
    return wrong;
  }

  @Test
  void anAccountantCannotHoldEditOrCreateOrdersEvenThroughFormsTheyCanPost() {
    UiTenants.login(browser, Codes.email(code, "books"), PW);
    browser.open("/orders/order.xhtml?number=" + orderNumber);
    browser.waitForText(orderNumber);
    show("holdDlg");
    browser.type("#holdForm\\:holdReason", "accountant tries to hold");
    browser.click("#holdForm\\:confirmHold");
    browser.waitForText("Your role does not allow this");

    browser.open("/orders/order.xhtml?number=" + orderNumber);
    browser.waitForText(orderNumber);
    show("addressDlg");
    browser.fillAddress("addressForm", "billing", "Mallory", "Carrer Fals 1");
    browser.click("#addressForm\\:saveAddresses");
    browser.waitForText("Your role does not allow this");

    browser.open("/orders/pool.xhtml");
    browser.waitForText(orderNumber);
    show("newOrderDlg");
    fillNewOrder("Accountant boot", "mallory@example.test");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("Your role does not allow this");
    browser.screenshot("access-accountant-refused");

    String asAdmin = body("/orders/order.xhtml?number=" + orderNumber, adminSession());
    assertFalse(asAdmin.contains("Carrer Fals 1"), "the addresses did not change");
    assertFalse(RELEASE_BUTTON.matcher(asAdmin).find(), "the order was not put on hold");
    assertTrue(HOLD_BUTTON.matcher(asAdmin).find(), "it can still be put on hold");
    assertFalse(
        body("/orders/pool.xhtml", adminSession()).contains("10002-" + code), "no new order");

    // the same form, posted by staff, does put the order on hold: the refusal was the role's
    UiTenants.login(browser, Codes.email(code, "staff"), PW);
    browser.open("/orders/order.xhtml?number=" + orderNumber);
    browser.waitForText(orderNumber);
    show("holdDlg");
    browser.type("#holdForm\\:holdReason", "staff holds it");
    browser.click("#holdForm\\:confirmHold");
    browser.waitUntil(
        d ->
            RELEASE_BUTTON
                    .matcher(body("/orders/order.xhtml?number=" + orderNumber, adminSession()))
                    .find()
                ? true
                : null);
  }

  @Test
  void adminOnlyFormsPostedByAnAccountantAnswerNotFoundAndChangeNothing() throws Exception {
    String accountant = sessionOf("accountant");
    String invited = Codes.email(code, "mallory");
    for (String path :
        List.of("/users/users.xhtml", "/%75sers/users.xhtml", "//users/users.xhtml")) {
      HttpResponse<String> res =
          post(
              path,
              accountant,
              Map.of(
                  "inviteForm", "inviteForm",
                  "inviteForm:name", "Mallory",
                  "inviteForm:email", invited,
                  "inviteForm:role_input", "TENANT_ADMIN",
                  "inviteForm:submit", "inviteForm:submit",
                  "jakarta.faces.ViewState", "stateless"));
      assertEquals(404, res.statusCode(), "invite posted to " + path);
    }
    for (String path : List.of("/settings/templates.xhtml", "/%73ettings/templates.xhtml")) {
      HttpResponse<String> res =
          post(
              path,
              accountant,
              Map.of(
                  "tplForm",
                  "tplForm",
                  "tplForm:subject",
                  "Hacked",
                  "jakarta.faces.ViewState",
                  "x"));
      assertEquals(404, res.statusCode(), "template save posted to " + path);
    }
    MailInbox.pause(2000);
    assertTrue(MailInbox.of(invited).isEmpty(), "nobody was invited");
    assertFalse(body("/users/users.xhtml", adminSession()).contains(invited), "no such user");
  }

  // --- expectations -------------------------------------------------------------------------

  private enum Expect {
    PAGE,
    NOT_FOUND,
    LOGIN,
    HOME_REDIRECT,
    PUBLIC
  }

  private static Expect expect(String page, Caller caller) {
    if (PUBLIC.contains(page)) {
      return Expect.PUBLIC;
    }
    if (caller.role() == null) {
      return Expect.LOGIN;
    }
    if (page.equals("/index.xhtml")) {
      return Expect.HOME_REDIRECT;
    }
    int slash = page.indexOf('/', 1);
    Set<String> roles = slash < 0 ? ROOT.get(page) : FOLDERS.get(page.substring(1, slash));
    if (roles == null) {
      throw new AssertionError("a page in a folder the matrix does not know: " + page);
    }
    if (!roles.contains(caller.role())) {
      return Expect.NOT_FOUND;
    }
    boolean ownData = !query(page).isEmpty();
    if (page.equals("/orders/group.xhtml")
        || page.equals("/imports/import.xhtml")
        || (ownData && !caller.ownTenant())) {
      return Expect.NOT_FOUND; // no such group or import; another tenant's order or customer
    }
    return Expect.PAGE;
  }

  /** Null when the answer is right, else what is wrong with it. */
  private static String judge(Expect expect, String variant, HttpResponse<String> res) {
    int status = res.statusCode();
    String location = res.headers().firstValue("Location").orElse("");
    if (status >= 500) {
      return "answered " + status;
    }
    boolean exact = variant.equals("plain");
    switch (expect) {
      case PUBLIC:
        return null;
      case LOGIN:
        if (status == 302 && location.contains("/login.xhtml")) {
          return null;
        }
        return !exact && status == 404 ? null : "expected the login page, got " + status;
      case NOT_FOUND:
        return status == 404 ? null : "expected 404, got " + status + " " + location;
      case HOME_REDIRECT:
        return status == 302 && !location.contains("/login.xhtml") || (!exact && status == 404)
            ? null
            : "expected a redirect home, got " + status + " " + location;
      case PAGE:
        if (exact) {
          return status == 200 ? null : "expected the page, got " + status + " " + location;
        }
        return status == 200 || status == 404 || status == 400
            ? null
            : "expected the page or 404, got " + status + " " + location;
      default:
        throw new IllegalStateException();
    }
  }

  /** The ways a path can be written that must all fall under the same rule. */
  private static Map<String, String> variants(String page) {
    String first = page.substring(1, 2);
    Map<String, String> v = new LinkedHashMap<>();
    v.put("plain", page);
    v.put("encoded", "/%" + Integer.toHexString(first.charAt(0)) + page.substring(2));
    v.put("double slash", "/" + page);
    v.put("dot", "/." + page);
    v.put("path parameter", page + ";jsessionid=x");
    v.put("trailing slash", page + "/");
    int slash = page.indexOf('/', 1);
    v.put(
        "upper case",
        slash < 0
            ? page.toUpperCase()
            : page.substring(0, slash).toUpperCase() + page.substring(slash));
    return v;
  }

  private static String query(String page) {
    return switch (page) {
      case "/orders/order.xhtml", "/payments/pay.xhtml" -> "?number=" + orderNumber;
      case "/customers/customer.xhtml" -> "?id=" + customerId;
      case "/orders/group.xhtml", "/imports/import.xhtml" -> "?id=999999999";
      default -> "";
    };
  }

  private static List<String> pages() throws IOException {
    Path root = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  // --- set-up steps and HTTP ----------------------------------------------------------------

  private static void invite(String name, String email, String role) {
    browser.open("/users/users.xhtml");
    browser.click("#openInvite");
    browser.type("#inviteForm\\:name", name);
    browser.type("#inviteForm\\:email", email);
    browser.selectOne("inviteForm:role", role);
    browser.click("#inviteForm\\:submit");
    browser.waitForText("is on its way to " + email);
  }

  private static void setPassword(String email) {
    String link = UiTenants.setPasswordLink(email);
    browser.forgetSession();
    browser.open(link);
    browser.type("#pw\\:password", PW);
    browser.type("#pw\\:confirmation", PW);
    browser.click("#pw\\:submit");
    browser.waitForText("Your password is set");
  }

  private static void fillNewOrder(String model, String email) {
    browser.find("#newOrderForm\\:model");
    browser.type("#newOrderForm\\:model", model);
    browser.type("#newOrderForm\\:customerName", "Carla Customer");
    browser.type("#newOrderForm\\:customerEmail", email);
    browser.fillAddress("newOrderForm", "billing", "Carla", "Carrer de Mallorca 401");
    browser.fillLine("newOrderForm", 0, model, "180");
  }

  private static void show(String dialog) {
    ((JavascriptExecutor) browser.driver()).executeScript("PF('" + dialog + "').show();");
  }

  private static String waitFor(String text) {
    browser.waitForText(text);
    return browser.pageSource();
  }

  /** Signs in through the login page and keeps the session's cookies. */
  private static String signIn(String email, String password) {
    UiTenants.login(browser, email, password);
    browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml") ? null : true);
    return browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String sessionOf(String name) {
    return sessions.entrySet().stream()
        .filter(e -> e.getKey().name().equals(name))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  private static String adminSession() {
    return sessionOf("tenant admin");
  }

  private static String body(String path, String cookies) {
    HttpResponse<String> res = get(path, cookies);
    assertEquals(200, res.statusCode(), path);
    return res.body();
  }

  private static HttpResponse<String> get(String path, String cookies) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    return send(b, cookies);
  }

  private static HttpResponse<String> post(String path, String cookies, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(b, cookies);
  }

  private static HttpResponse<String> send(HttpRequest.Builder b, String cookies) {
    if (cookies != null) {
      b.header("Cookie", cookies);
    }
    try {
      return http.send(
          b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
