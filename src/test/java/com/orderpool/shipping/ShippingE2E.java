package com.orderpool.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiOrders;
import com.orderpool.support.UiTenants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A workshop ships an order: the shipping methods page, then pay → Shipments tab → tracking number
 * → Mark sent now → its packing slip → the tracking link in the pool and the selection's packing
 * slips → the Track &amp; trace e-mail at the mail server → Delivered, the order Completed.
 */
class ShippingE2E {
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
  void aPaidOrderShipsWithATrackingLinkTheCustomerGetsByEmail() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));

    browser.open("/settings/shipping-methods.xhtml");
    browser.waitForText("Standard delivery");
    browser.click("#addMethod");
    browser.type("#methodForm\\:nameEn", "Pickup point");
    browser.type("#methodForm\\:carrier", "Packlink");
    browser.type("#methodForm\\:trackingUrl", "https://track.example/parcel");
    browser.click("#methodForm\\:saveMethod");
    browser.waitForText("Put {tracking} where the tracking number goes.");
    browser.type("#methodForm\\:trackingUrl", "https://track.example/parcel?n={tracking}");
    browser.click("#methodForm\\:saveMethod");
    browser.waitForText("Shipping method \"Pickup point\" saved.");
    browser.screenshot("75-shipping-methods");

    String number = "10001-" + code;
    String email = Codes.email(code, "bea");
    browser.open("/orders/pool.xhtml");
    UiOrders.create(browser, "Oxford", "Bea Buyer", email);
    browser.waitForText(number);
    UiOrders.payInFull(browser, 0, "TRF-SHIP-1");

    browser.open("/orders/order.xhtml?number=" + number);
    browser.click("#dash\\:tabs a[href*='shipmentsTab']");
    browser.waitForText("Ship this order");
    browser.type("#dash\\:tabs\\:shipTracking", "PK123456789ES");
    browser.screenshot("78-ship-form");
    browser.click("#dash\\:tabs\\:shipSend");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("marked sent; the customer is told by e-mail");
    // the Shipments tab stays open, showing the parcel's number
    browser.waitUntil(
        d -> browser.text("#dash\\:tabs\\:shipments").contains("PK123456789ES") ? true : null);
    browser.dismissMessages();
    browser.screenshot("76-order-shipments");
    String slip = browser.find("#dash\\:tabs\\:shipments\\:0\\:packingSlip").getAttribute("href");
    assertTrue(isPdf(browser.download(slip)), "the Packing slip link answers a PDF: " + slip);

    browser.open("/orders/pool.xhtml");
    browser.waitForText(number);
    String href =
        browser
            .find("#poolForm\\:pool_data tr:first-child a[href*='PK123456789ES']")
            .getAttribute("href");
    assertEquals(
        "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PK123456789ES",
        href);
    browser.screenshot("77-pool-tracking");

    // Packing slips (PDF) opens the selected orders' slips; the tab it opens is caught here
    ((JavascriptExecutor) browser.driver())
        .executeScript("window.open = u => { window.openedSlips = u; return {}; };");
    browser
        .driver()
        .findElements(By.cssSelector("#poolForm\\:pool_data .ui-chkbox-box"))
        .get(0)
        .click();
    browser.click("#poolForm\\:packingSlips");
    String opened =
        (String)
            browser.waitUntil(
                d -> ((JavascriptExecutor) d).executeScript("return window.openedSlips || null;"));
    assertTrue(opened.matches(".*/files/packing-slips\\.pdf\\?orders=\\d+"), opened);
    assertTrue(isPdf(browser.download(opened)), opened);

    var mail =
        MailInbox.await(
            email, m -> MailInbox.text(m).contains("PK123456789ES"), Duration.ofSeconds(30));
    assertTrue(mail.isPresent(), "the Track & trace e-mail reached the mail server");
    assertTrue(MailInbox.text(mail.get()).contains(href), MailInbox.text(mail.get()));

    browser.open("/orders/order.xhtml?number=" + number);
    browser.click("#dash\\:tabs a[href*='shipmentsTab']");
    browser.click("#dash\\:tabs\\:shipments\\:0\\:markDelivered");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("marked delivered");
    browser.waitForText("Completed");
  }

  private static boolean isPdf(byte[] file) {
    return file.length > 4 && new String(file, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }
}
