package com.orderpool.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiOrders;
import com.orderpool.support.UiTenants;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The customer's shipping method on the New order form and the dashboard (where staff change it),
 * then two paid orders shipped from the pool at once: their tracking numbers pasted as a column,
 * Mark sent, and the carriers' tracking links in the pool's Tracking column.
 */
class BulkShippingE2E {
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
  void ordersCarryTheirMethodAndShipFromThePoolWithAPastedColumnOfNumbers() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.driver().manage().window().setSize(new Dimension(1440, 900));
    String first = "10001-" + code;
    String second = "10002-" + code;

    browser.open("/orders/pool.xhtml");
    UiOrders.fill(browser, "Oxford", "Bea Buyer", Codes.email(code, "bea"));
    assertEquals(
        "Standard delivery · Correos",
        browser.text("#newOrderForm\\:shippingMethodId_label"),
        "the first method is chosen");
    browser.chooseOne("newOrderForm:shippingMethodId", "Express courier · SEUR");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});",
            browser.find("#newOrderForm\\:shippingMethodId"));
    browser.screenshot("87-new-order-shipping-method");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText(first);

    browser.open("/orders/order.xhtml?number=" + first);
    assertTrue(
        browser.text("#dash\\:tabs\\:shippingMethod").contains("Express courier"),
        browser.text("#dash\\:tabs\\:shippingMethod"));
    browser.screenshot("88-order-shipping-method");
    // staff change it while nothing is sent
    browser.click("#dash\\:tabs\\:changeShippingMethod");
    browser.chooseOne("orderMethodForm:shippingMethodId", "Standard delivery · Correos");
    browser.click("#orderMethodForm\\:saveShippingMethod");
    browser.waitForText("Shipping method of order " + first + " changed.");
    browser.waitUntil(
        d ->
            browser.text("#dash\\:tabs\\:shippingMethod").contains("Standard delivery")
                ? true
                : null);

    browser.open("/orders/pool.xhtml");
    UiOrders.fill(browser, "Derby", "Carl Client", Codes.email(code, "carl"));
    browser.chooseOne("newOrderForm:shippingMethodId", "Express courier · SEUR");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText(second);
    UiOrders.payInFull(browser, 0, "TRF-BULK-2");
    browser.open("/orders/pool.xhtml");
    browser.waitForText(second);
    UiOrders.payInFull(browser, 1, "TRF-BULK-1");

    browser.open("/orders/pool.xhtml");
    browser.waitForText(first);
    List<WebElement> boxes =
        browser.driver().findElements(By.cssSelector("#poolForm\\:pool_data .ui-chkbox-box"));
    boxes.get(0).click();
    boxes.get(1).click();
    browser.click("#poolForm\\:shipSelected");
    browser.find("#bulkShipForm\\:tracking");
    browser.type("#bulkShipForm\\:tracking", "PK111111111ES\nPK222222222ES\n");
    browser.waitUntil(
        d -> browser.text("#bulkShipForm\\:bulkOrders").contains("PK222222222ES") ? true : null);
    String listed = browser.text("#bulkShipForm\\:bulkOrders");
    assertTrue(
        listed.indexOf(first) < listed.indexOf(second)
            && listed.indexOf("Standard delivery") < listed.indexOf("Express courier")
            && listed.indexOf("PK111111111ES") < listed.indexOf("PK222222222ES"),
        "the orders by number, each with its method and its line: " + listed);
    browser.screenshot("89-bulk-ship-dialog");

    browser.click("#bulkShipForm\\:bulkSend");
    browser.waitForText("2 of 2 orders shipped and marked sent.");
    browser.dismissMessages();
    browser.screenshot("90-bulk-ship-done");
    browser.click("#bulkShipForm\\:bulkClose");

    assertEquals(
        "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PK111111111ES",
        browser.find("#poolForm\\:pool_data a[href*='PK111111111ES']").getAttribute("href"),
        "each order ships with its own method: the first with Standard delivery");
    assertEquals(
        "https://www.seur.com/livetracking/?segOnlineIdentificador=PK222222222ES",
        browser.find("#poolForm\\:pool_data a[href*='PK222222222ES']").getAttribute("href"),
        "the second with Express courier");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', inline: 'center'});",
            browser.find("#poolForm\\:pool_data a[href*='PK111111111ES']"));
    browser.screenshot("91-pool-bulk-tracking");
  }
}
