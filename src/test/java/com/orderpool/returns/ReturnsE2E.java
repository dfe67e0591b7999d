package com.orderpool.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiOrders;
import com.orderpool.support.UiTenants;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An order's whole life after production, as staff live it: pay → ship with a tracking number →
 * Sent → the tracking link in the pool → the Track &amp; trace e-mail at the mail server → Create
 * return → Receive → the credit note on the return and in the Invoices tab, the Return received
 * e-mail; then the Returns page (also in Spanish) and the return settings.
 */
class ReturnsE2E {
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
  void aShippedOrderComesBackAndIsRefundedWithACreditNote() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
    String number = "10001-" + code;
    String email = Codes.email(code, "rosa");

    browser.open("/orders/pool.xhtml");
    UiOrders.create(browser, "Brogue", "Rosa Returner", email);
    browser.waitForText(number);
    UiOrders.payInFull(browser, 0, "TRF-RET-1");

    browser.open("/orders/order.xhtml?number=" + number);
    browser.click("#dash\\:tabs a[href*='shipmentsTab']");
    browser.waitForText("Ship this order");
    browser.type("#dash\\:tabs\\:shipTracking", "PK555000111ES");
    browser.click("#dash\\:tabs\\:shipSend");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("marked sent; the customer is told by e-mail");

    browser.open("/orders/pool.xhtml");
    browser.waitForText(number);
    String href =
        browser
            .find("#poolForm\\:pool_data tr:first-child a[href*='PK555000111ES']")
            .getAttribute("href");
    assertTrue(href.endsWith("tracking-number=PK555000111ES"), href);
    assertTrue(
        MailInbox.await(email, m -> MailInbox.text(m).contains(href), Duration.ofSeconds(30))
            .isPresent(),
        "the Track & trace e-mail with the link reached the mail server");

    browser.open("/orders/order.xhtml?number=" + number);
    browser.click("#dash\\:tabs a[href*='returnsTab']");
    browser.click("#dash\\:tabs\\:createReturn");
    browser.waitForText("Enter how many pieces of each line come back");
    browser.click("#returnForm\\:saveReturn");
    browser.waitForText("Enter at least one piece to return.");
    browser.type("#returnForm\\:returnLines\\:0\\:qty_input", "1");
    browser.screenshot("80-create-return");
    browser.click("#returnForm\\:saveReturn");
    browser.waitForText("Return of 1 piece(s) recorded for order " + number);
    browser.waitUntil(
        d -> browser.text("#dash\\:tabs\\:returns").contains("Requested") ? true : null);
    // 180.00 + 21 % VAT, shipping not refunded by default
    assertTrue(browser.text("#dash\\:tabs\\:returns").contains("217.80"));

    browser.click("#dash\\:tabs\\:returns\\:0\\:receiveReturn");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("Return of order " + number + " received.");
    String creditNote =
        browser.waitUntil(
            d -> {
              String t = browser.text("#returnCredit");
              return t.startsWith("CN-") ? t : null;
            });
    browser.dismissMessages();
    browser.screenshot("79-order-returns");
    browser.click("#dash\\:tabs a[href*='invoicesTab']");
    browser.waitForText(creditNote);
    assertTrue(browser.pageSource().contains("217.80"), "the credit note's total");
    assertTrue(
        MailInbox.await(
                email,
                m -> MailInbox.text(m).contains("arrived at our workshop"),
                Duration.ofSeconds(30))
            .isPresent(),
        "the Return received e-mail");

    browser.open("/returns/returns.xhtml");
    browser.waitForText(number);
    assertTrue(browser.text("#returnsForm\\:returns").contains(creditNote));
    browser.selectOne("returnsForm:status", "CLOSED");
    browser.click("#returnsForm\\:apply");
    browser.waitForText("No returns match these filters.");
    browser.click("#returnsForm\\:clear");
    browser.waitForText(number);
    browser.screenshot("81-returns-page");

    browser.open("/settings/returns.xhtml");
    browser.waitForText("Return reasons");
    browser.type("#settingsForm\\:reasons", " ");
    browser.click("#settingsForm\\:save");
    browser.waitForText("Enter at least one reason.");
    browser.type("#settingsForm\\:reasons", "damaged\nArrived late");
    browser.click("#settingsForm\\:save");
    browser.waitForText("Return settings saved.");
    browser.screenshot("82-return-settings");

    browser.chooseOne("topbar:language", "ES");
    browser.waitForText("Ajustes de devoluciones"); // the page reloads in Spanish
    browser.open("/returns/returns.xhtml");
    browser.waitForText("Todas las devoluciones de sus pedidos");
    assertEquals(
        true, browser.text("#returnsForm\\:returns").contains("Dañado"), "reasons in Spanish");
    browser.screenshot("83-returns-page-es");
    browser.chooseOne("topbar:language", "EN");
    browser.waitForText("Every return of your orders");
  }
}
