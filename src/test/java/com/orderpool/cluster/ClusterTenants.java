package com.orderpool.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntPredicate;
import org.openqa.selenium.By;

/**
 * Browser and API steps of the cluster tests: provision a tenant, issue and revoke its API keys and
 * suspend it, each through one node's own pages; call the API on a chosen node.
 */
final class ClusterTenants {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A tenant of the run: its code, its admin's sign-in and an API key to read and write orders. */
  record Tenant(String code, String adminEmail, String password, String apiKey) {
    String schema() {
      return "tenant_" + code.toLowerCase(java.util.Locale.ROOT);
    }
  }

  private ClusterTenants() {}

  /**
   * Provisions a tenant through {@code baseUrl} (HAProxy: each page from either node), sets its
   * admin's password and issues an orders:write API key.
   */
  static Tenant provision(String baseUrl) {
    String code = Codes.fresh();
    String password = "cluster password " + code;
    Browser browser = new Browser(baseUrl);
    try {
      String email = provision(browser, code, password);
      return new Tenant(code, email, password, issueKey(browser, "Cluster intake"));
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot("cluster-provision-failure");
      throw e;
    } finally {
      browser.close();
    }
  }

  /** A connection to the run's database, as the nodes use it. */
  static Connection database() throws SQLException {
    Map<String, String> s = TestEnvironment.appSettings();
    return DriverManager.getConnection(
        s.get("orderpool.db.url"), s.get("orderpool.db.user"), s.get("orderpool.db.password"));
  }

  /**
   * Provisions a tenant through the platform console of the browser's node and signs in as its
   * admin there. Returns the admin's e-mail.
   */
  static String provision(Browser browser, String code, String password) {
    return UiTenants.provisionAndLogin(browser, code, password);
  }

  /** Issues a key with orders:read and orders:write on the API keys page; returns its text. */
  static String issueKey(Browser admin, String name) {
    admin.open("/settings/api-keys.xhtml");
    admin.click("#openNew");
    admin.waitForText("Valid through");
    admin.type("#keyForm\\:name", name);
    // orders:read is ticked already; add orders:write
    admin.driver().findElements(By.cssSelector("#keyForm\\:scopes .ui-chkbox-box")).get(1).click();
    admin.click("#keyForm\\:create");
    admin.waitForText("Copy this key now");
    String key = admin.find("#keyForm\\:secret").getAttribute("value");
    assertTrue(key.startsWith("opk_"), key);
    admin.click("#keyForm\\:done");
    admin.waitUntil(d -> admin.pageSource().contains("Copy this key now") ? null : true);
    return key;
  }

  /** Opens the API keys page, listing the key. */
  static void openKeys(Browser admin, String name) {
    admin.open("/settings/api-keys.xhtml");
    admin.waitForText(name);
  }

  /** Revokes the newest key on the open API keys page; returns when the page says it is revoked. */
  static void revokeNewestKey(Browser admin, String name) {
    admin.click("#keysForm\\:keys\\:0\\:revoke");
    admin.click(".ui-confirmdialog-yes");
    admin.waitForText("Key " + name + " revoked.");
  }

  /**
   * Signs in as the platform admin on the browser's node and lists the one tenant in the console.
   */
  static void openTenant(Browser platform, String code) {
    UiTenants.login(platform, TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    platform.waitForText("Tenants");
    platform.type("#tenantsForm\\:tenants\\:globalFilter", code);
    platform.waitUntil(
        d ->
            d.findElement(By.cssSelector("#tenantsForm\\:tenants_data")).getText().contains(code)
                    && d.findElements(By.cssSelector("#tenantsForm\\:tenants_data > tr")).size()
                        == 1
                ? true
                : null);
    platform.waitForAjax();
  }

  /** Suspends the tenant listed alone; returns when the page says it is suspended. */
  static void suspendListed(Browser platform, String code) {
    platform.click("#tenantsForm\\:tenants\\:0\\:suspend");
    platform.click(".ui-confirmdialog-yes");
    platform.waitForText("Tenant " + code + " is suspended.");
  }

  /** The status of {@code GET /api/v1/statuses} with the key on one node (a machine's call). */
  static int statusesWith(String nodeUrl, String key) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(nodeUrl + "/api/v1/statuses"))
                  .header("Authorization", "Bearer " + key)
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Calls {@link #statusesWith} again and again until its status passes, for at most {@code
   * within}; returns the last status and how long it took.
   */
  static Outcome awaitStatus(String nodeUrl, String key, IntPredicate wanted, Duration within)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + within.toNanos();
    int status;
    do {
      status = statusesWith(nodeUrl, key);
      if (wanted.test(status)) {
        break;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    return new Outcome(status, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The last status seen, and after how long. */
  record Outcome(int status, Duration after) {}
}
