package com.orderpool.cluster;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.openqa.selenium.By;

/**
 * Tenants of the cluster tests, made as a platform admin and a tenant admin would: in a browser,
 * through HAProxy (so each page may come from either node), and a look into their schemas.
 */
final class ClusterTenants {
  /** A tenant of the run: its code, its admin's sign-in and an API key to read and write orders. */
  record Tenant(String code, String adminEmail, String password, String apiKey) {
    String schema() {
      return "tenant_" + code.toLowerCase(java.util.Locale.ROOT);
    }
  }

  private ClusterTenants() {}

  /** Provisions a tenant, sets its admin's password and creates an orders:write API key. */
  static Tenant provision(String baseUrl) {
    String code = Codes.fresh();
    String password = "cluster password " + code;
    Browser browser = new Browser(baseUrl);
    try {
      String email = UiTenants.provisionAndLogin(browser, code, password);
      browser.open("/settings/api-keys.xhtml");
      browser.click("#openNew");
      browser.waitForText("Valid through");
      browser.type("#keyForm\\:name", "Cluster intake");
      // orders:read is ticked already; add orders:write
      browser
          .driver()
          .findElements(By.cssSelector("#keyForm\\:scopes .ui-chkbox-box"))
          .get(1)
          .click();
      browser.click("#keyForm\\:create");
      browser.waitForText("Copy this key now");
      String key = browser.find("#keyForm\\:secret").getAttribute("value");
      browser.click("#keyForm\\:done");
      return new Tenant(code, email, password, key);
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
}
