package com.orderpool.stores;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * A tenant admin connects a WooCommerce store (a local stand-in serving {@code woo/orders.json}):
 * the empty page explains what to do, the secret is never shown back, the connection test says how
 * many orders the store has, and an import of all orders ends on its result page.
 */
class StoreSettingsE2E {
  private static final String SECRET = "cs_e2e_0123456789abcdefSECRET9876";

  private static Browser browser;
  private static HttpServer store;
  private static volatile int status = 200;

  @BeforeAll
  static void start() throws IOException {
    byte[] orders;
    try (InputStream in = StoreSettingsE2E.class.getResourceAsStream("/woo/orders.json")) {
      orders = in.readAllBytes();
    }
    store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    store.createContext(
        WooStore.PATH,
        exchange -> {
          int answer = status;
          byte[] body = answer == 200 ? orders : "{}".getBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-WP-Total", "5");
          exchange.getResponseHeaders().add("X-WP-TotalPages", "1");
          exchange.sendResponseHeaders(answer, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    store.start();
    browser = new Browser(TestEnvironment.appUrl());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (store != null) {
      store.stop(0);
    }
  }

  @Test
  void anAdminConnectsTheStoreTestsItAndImportsItsOrders() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.driver().manage().window().setSize(new Dimension(1440, 900));

    browser.click("#navStore");
    browser.waitForText("No store connected yet");
    browser.screenshot("98-store-empty");
    browser.click("#storeForm\\:save");
    browser.waitForText("Enter the store address.");

    browser.type("#storeForm\\:url", "http://127.0.0.1:" + store.getAddress().getPort());
    browser.type("#storeForm\\:key", "ck_e2e_0123456789abcdefKEY1234");
    browser.type("#storeForm\\:secret", SECRET);
    browser.click("#storeForm\\:save");
    browser.waitForText("Store connection saved.");
    browser.waitForText("…9876");
    assertFalse(browser.pageSource().contains(SECRET), "the secret is never shown back");

    status = 401;
    browser.click("#storeForm\\:test");
    browser.waitForText("The store refused the consumer key and secret (HTTP 401)");
    status = 200;
    browser.click("#storeForm\\:test");
    browser.waitForText("Connected: the store answered and has 5 orders.");
    browser.screenshot("99-store-settings");

    browser.click("#storeForm\\:startImport");
    browser.waitForText("Import queued: WooCommerce: all orders");
    browser.dismissMessages();
    browser.click("#storeForm\\:openJob");
    browser.waitForText("Orders of the store");
    assertTrue(browser.pageSource().contains("The store order is cancelled"));
    assertTrue(
        browser.pageSource().contains("The store order is in USD, but your orders are in EUR."));
    browser.screenshot("99-store-import-result");
  }
}
