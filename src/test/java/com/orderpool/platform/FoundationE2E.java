package com.orderpool.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The foundation's user journey in a real browser: a platform admin provisions a tenant, its admin
 * sets a password, logs in, creates an order and sees it in the pool.
 */
class FoundationE2E {
  private static String baseUrl;
  private static Browser browser;

  @BeforeAll
  static void start() {
    baseUrl = TestEnvironment.appUrl();
    browser = new Browser(baseUrl);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private void login(String email, String password) {
    browser.driver().manage().deleteAllCookies();
    browser.open("/login.xhtml");
    browser.type("#login\\:email", email);
    browser.type("#login\\:password", password);
    browser.click("#login\\:submit");
  }

  @Test
  void provisionSetPasswordLoginCreateOrder() {
    String code = Codes.fresh();
    String adminEmail = Codes.email(code, "owner");

    login(TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    browser.waitForText("Tenants");
    browser.screenshot("01-platform-console");

    browser.click("#openProvision");
    browser.find("#provisionForm\\:companyName");
    browser.click("#provisionForm\\:submit");
    browser.waitForText("Enter the company name.");
    browser.screenshot("02-provision-validation");

    // text past a field's limit is not cut silently: the field says so, the server refuses it
    browser.type("#provisionForm\\:code", "ABCD");
    browser.waitForText("1 character too many (3 at most).");
    browser.type("#provisionForm\\:adminName", "x".repeat(125));
    browser.click("#provisionForm\\:submit");
    browser.waitForText("This text is too long: 120 characters at most.");
    assertEquals(
        125, browser.find("#provisionForm\\:adminName").getAttribute("value").length(), "kept");
    browser.type("#provisionForm\\:adminName", "Browser Owner");

    browser.type("#provisionForm\\:companyName", "Browser Test Shoes " + code);
    browser.type("#provisionForm\\:code", code.toLowerCase());
    browser.type("#provisionForm\\:adminEmail", adminEmail);
    browser.type("#provisionForm\\:adminName", "Olga Owner");
    browser.click("#provisionForm\\:submit");
    browser.waitForText("is on its way to " + adminEmail);
    String link = UiTenants.setPasswordLink(adminEmail);
    assertTrue(link.contains("/set-password.xhtml?token="), link);
    browser.screenshot("03-provisioned-welcome-sent");
    browser.click("#provisionForm\\:done");
    // the list is by code, 25 a page: in a full run the new tenant may be on a later page
    browser.type("#tenantsForm\\:tenants\\:globalFilter", code);
    browser.waitForText("Browser Test Shoes " + code);
    browser.screenshot("04-tenant-listed");

    browser.driver().manage().deleteAllCookies();
    browser.open(link);
    browser.waitForText(adminEmail);
    browser.type("#pw\\:password", "owner password 1");
    browser.type("#pw\\:confirmation", "owner password 1");
    browser.screenshot("05-set-password");
    browser.click("#pw\\:submit");
    browser.waitForText("Your password is set");

    login(adminEmail, "owner password 1");
    browser.waitForText("Browser Test Shoes " + code);
    browser.open("/users/users.xhtml");
    browser.click("#openInvite");
    browser.type("#inviteForm\\:name", "Sam Sewing");
    browser.type("#inviteForm\\:email", Codes.email(code, "sam"));
    browser.click("#inviteForm\\:submit");
    browser.waitForText("is on its way to " + Codes.email(code, "sam"));
    assertTrue(UiTenants.setPasswordLink(Codes.email(code, "sam")).contains("token="));

    browser.driver().manage().deleteAllCookies();
    browser.open("/login.xhtml");
    browser.click("#login\\:forgotLink");
    browser.type("#forgot\\:email", "unknown-" + adminEmail);
    browser.click("#forgot\\:submit");
    browser.waitForText("If an account exists for that e-mail");
    browser.screenshot("05b-forgot-password");

    login(adminEmail, "owner password 1");
    browser.open("/orders/pool.xhtml");
    browser.waitForText("No orders yet");
    browser.screenshot("06-empty-pool");

    browser.click("#openNewOrder");
    browser.find("#newOrderForm\\:model");
    browser.type("#newOrderForm\\:model", "Chelsea boot, walnut");
    browser.type("#newOrderForm\\:customerName", "Carla Customer");
    browser.type("#newOrderForm\\:customerEmail", "carla@example.test");
    browser.fillAddress("newOrderForm", "billing", "Carla", "Carrer de Mallorca 401");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("Line 1: enter a description.");
    browser.type("#newOrderForm\\:lines\\:0\\:description", "Chelsea boot, walnut, size 41");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("Line 1: enter a price above zero");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "-50");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("Prices cannot be negative.");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "240");
    browser.screenshot("07-new-order");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("10001-" + code);
    browser.screenshot("08-pool-with-order");
    assertTrue(browser.pageSource().contains("Pending Payment"));
    assertTrue(browser.pageSource().contains("Chelsea boot, walnut"));

    // the platform console's usage page counts the order and its revenue (240 + 21 % VAT)
    login(TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    browser.waitForText("Tenants");
    Dimension usual = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(1440, 900));
    try {
      browser.click("#navUsage");
      browser.waitForText("cancelled orders excluded");
      browser.screenshot("80-platform-usage");
      browser.type("#usageForm\\:usage\\:globalFilter", code);
      String row =
          browser.waitUntil(
              d -> {
                List<WebElement> rows =
                    d.findElements(By.cssSelector("#usageForm\\:usage_data tr"));
                return rows.size() == 1 && rows.get(0).getText().contains(code)
                    ? rows.get(0).getText()
                    : null;
              });
      assertTrue(row.contains("Browser Test Shoes " + code), row);
      assertTrue(row.contains("€290.40"), row);
      assertTrue(row.contains("Active"), row);
      browser.click("#usageForm\\:usage\\:storage");
      browser.click("#usageForm\\:usage\\:storage");
      assertEquals(
          "descending",
          browser.find("#usageForm\\:usage\\:storage").getAttribute("aria-sort"),
          "sorted by storage, largest first");
      assertTrue(browser.text("#usageForm\\:usage_data").contains(code));
      browser.screenshot("81-platform-usage-search");
    } finally {
      browser.driver().manage().window().setSize(usual);
    }
  }

  @Test
  void platformPagesAreNotFoundForTenantUsersAndLoginIsGeneric() throws Exception {
    login("nobody@nowhere.test", "wrong password");
    browser.waitForText("Sign-in failed");
    browser.screenshot("09-login-failed");

    login(TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    browser.waitForText("Tenants");
    String cookies = cookieHeader();
    assertEquals(404, status("/orders/pool.xhtml", cookies), "a tenant page for a platform admin");
    assertEquals(200, status("/platform/tenants.xhtml", cookies));
    assertEquals(302, status("/platform/tenants.xhtml", null), "anonymous users go to login");
    browser.open("/users/users.xhtml");
    browser.waitForText("Page not found");
    browser.screenshot("10-not-found");
  }

  @Test
  void ajaxInAnExpiredSessionLandsOnLogin() {
    login(TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    browser.waitForText("Tenants");
    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser.click("#openProvision");
    browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml") ? true : null);
    browser.waitForText("Sign in to your backoffice");
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndNoServerBanner() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> page = get(http, "/login.xhtml");
    assertEquals(200, page.statusCode());
    assertSecurityHeaders(page, "a page");
    Matcher resource =
        Pattern.compile("/jakarta\\.faces\\.resource/[^\"]+\\.js[^\"]*").matcher(page.body());
    assertTrue(resource.find(), "the page loads Faces resources");
    HttpResponse<String> script = get(http, resource.group().replace("&amp;", "&"));
    assertEquals(200, script.statusCode(), resource.group());
    assertSecurityHeaders(script, "a Faces resource");

    HttpResponse<String> api = get(http, "/api/v1/orders");
    assertEquals(401, api.statusCode());
    assertTrue(api.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    assertSecurityHeaders(api, "an API 401");

    HttpResponse<String> missing = get(http, "/resources/css/no-such.css");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Page not found"), "the app's error page");
    assertSecurityHeaders(missing, "an error page");

    HttpResponse<String> toLogin = get(http, "/platform/tenants.xhtml");
    assertEquals(302, toLogin.statusCode());
    assertSecurityHeaders(toLogin, "the redirect to the login page");
    List<String> cookies = toLogin.headers().allValues("Set-Cookie");
    assertTrue(
        cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), "a session: " + cookies);
    for (String cookie : cookies) {
      String attrs = cookie.toLowerCase(java.util.Locale.ROOT);
      assertTrue(attrs.contains("; httponly"), cookie);
      assertTrue(attrs.contains("; samesite=lax"), cookie);
      assertFalse(attrs.contains("; secure"), "Secure only when configured: " + cookie);
    }

    HttpResponse<String> viaProxy =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                .header("X-Forwarded-Proto", "https")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        viaProxy.headers().firstValue("Strict-Transport-Security").isEmpty(),
        "X-Forwarded-Proto is not trusted unless configured");

    // a real browser runs the pages under the policy: login, the console's dialog, ajax
    login(TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    browser.waitForText("Tenants");
    browser.click("#openProvision");
    browser.find("#provisionForm\\:companyName");
    browser.click("#provisionForm\\:submit");
    browser.waitForText("Enter the company name.");
    assertEquals(List.of(), browser.cspViolations());
  }

  private HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertSecurityHeaders(HttpResponse<?> res, String what) {
    HttpHeaders h = res.headers();
    String csp = h.firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'self'"), what + ": " + h.map());
    assertTrue(csp.contains("default-src 'self'"), what + ": " + h.map());
    assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), what);
    assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(null), what);
    assertTrue(h.firstValue("Strict-Transport-Security").isEmpty(), what + ": plain HTTP");
    assertTrue(h.firstValue("Server").isEmpty(), what + " leaks " + h.firstValue("Server"));
    assertTrue(
        h.firstValue("X-Powered-By").isEmpty(), what + " leaks " + h.firstValue("X-Powered-By"));
  }

  /** All of the browser's cookies (session id and the server's session version), as a header. */
  private static String cookieHeader() {
    StringBuilder b = new StringBuilder();
    for (Cookie c : browser.driver().manage().getCookies()) {
      b.append(b.length() == 0 ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
    }
    return b.toString();
  }

  private int status(String path, String cookies) throws Exception {
    HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
    c.setInstanceFollowRedirects(false);
    if (cookies != null) {
      c.setRequestProperty("Cookie", cookies);
    }
    return c.getResponseCode();
  }
}
