package com.orderpool.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A tenant admin creates an API key (its text shown once), the key calls the API, the admin revokes
 * it and the API refuses it.
 */
class ApiKeysE2E {
  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = new Browser(TestEnvironment.appUrl());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aKeyIsShownOnceWorksAndIsRefusedOnceRevoked() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.driver().manage().window().setSize(new Dimension(1440, 900));

    browser.open("/settings/api-keys.xhtml");
    browser.waitForText("No API keys yet");
    browser.click("#openNew");
    browser.waitForText("Valid through");
    browser.type("#keyForm\\:name", "Web shop");
    // orders:read is ticked already; add orders:write
    browser
        .driver()
        .findElements(By.cssSelector("#keyForm\\:scopes .ui-chkbox-box"))
        .get(1)
        .click();
    browser.screenshot("90-api-key-form");
    browser.click("#keyForm\\:create");
    browser.waitForText("Copy this key now");
    String key = browser.find("#keyForm\\:secret").getAttribute("value");
    assertTrue(key.matches("opk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"), key);
    browser.screenshot("91-api-key-created");

    assertEquals(200, statusesWith(key));

    browser.click("#keyForm\\:done");
    browser.waitUntil(d -> browser.pageSource().contains("Copy this key now") ? null : true);
    browser.open("/settings/api-keys.xhtml");
    browser.waitForText("Web shop");
    assertFalse(browser.pageSource().contains(key), "the key is never shown again");
    assertTrue(browser.text("#keysForm\\:keys").contains("orders:write"));
    browser.screenshot("92-api-keys");

    browser.click("#keysForm\\:keys\\:0\\:revoke");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("Key Web shop revoked.");
    browser.waitForText("Revoked");
    browser.screenshot("93-api-key-revoked");
    assertEquals(401, statusesWith(key));
  }

  /** The status of {@code GET /api/v1/statuses} with the key (no session: a machine's call). */
  private static int statusesWith(String key) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(TestEnvironment.appUrl() + "/api/v1/statuses"))
                  .header("Authorization", "Bearer " + key)
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
