package com.orderpool.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Group shipping in the browser: an admin sets the shipping rates and a setup item, the first order
 * of a customer asks the setup question, the second does not; both orders are grouped from the
 * pool, the group page shows the saving, and paying the group puts both orders in production.
 */
class GroupShippingE2E {
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
  void groupTwoOrdersSeeTheSavingAndPayThemIntoProduction() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");

    browser.open("/settings/shipping.xhtml");
    browser.typeNumber("#ratesForm\\:first_input", "12");
    browser.typeNumber("#ratesForm\\:additional_input", "20");
    browser.click("#ratesForm\\:save");
    browser.waitForText("A further item cannot cost more than the first.");
    browser.typeNumber("#ratesForm\\:additional_input", "4");
    browser.click("#ratesForm\\:save");
    browser.waitForText("Settings saved.");
    assertTrue(browser.text("#exampleTable").contains("€16.00"), browser.text("#exampleTable"));
    browser.screenshot("80-settings-shipping-rates");

    browser.open("/settings/setup.xhtml");
    browser.waitForText("No setup items yet");
    addSetupItem("Custom stamp (metal mold)", "Sello personalizado (molde metálico)", "120");
    addSetupItem("Logo engraving die", "", "45");
    browser.screenshot("81-settings-setup-charges");

    browser.open("/orders/pool.xhtml");
    startOrder("ann@example.test");
    browser.waitForText("First order of this customer");
    browser.click("label[for='newOrderForm:setupChoice:1']");
    browser.click("label[for='newOrderForm:setupItems:0']");
    browser.screenshot("82-new-order-first-order-question");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("10001-" + code);

    startOrder("ann@example.test");
    assertFalse(
        browser.pageSource().contains("First order of this customer"), "asked on a 2nd order");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("10002-" + code);

    List<WebElement> boxes =
        browser.driver().findElements(By.cssSelector("#poolForm\\:pool_data .ui-chkbox-box"));
    boxes.get(0).click();
    boxes.get(1).click();
    browser.click("#poolForm\\:groupSelected");
    browser.waitForText("Shipping saving");
    browser.waitForText("Group G-1001-" + code + " created with 2 orders.");
    assertEquals("G-1001-" + code, browser.text("#groupNumber").strip());
    assertEquals("€8.00", browser.text("#groupSaving"));
    assertEquals("€16.00", browser.text("#groupShipping"));
    browser.screenshot("83-group-page");

    browser.click("#groupForm\\:openPay");
    browser.waitForText("Amount received");
    assertEquals(browser.text("#groupBalance"), browser.text("#payAmount"));
    browser.type("#payForm\\:reference", "TRF 2026-118");
    browser.screenshot("84-group-pay-dialog");
    browser.click("#payForm\\:pay");
    browser.waitForText("its orders are in production");
    String members = browser.text("#groupForm\\:members");
    assertEquals(2, members.split("Paid, queued", -1).length - 1, members);
    assertTrue(browser.text("#groupForm\\:groupPayment").contains("Paid"));
    browser.screenshot("85-group-paid");

    browser.open("/orders/groups.xhtml");
    browser.waitForText("G-1001-" + code);
    browser.screenshot("86-groups-list");
  }

  private static void addSetupItem(String nameEn, String nameEs, String price) {
    browser.click("#openNew");
    browser.type("#itemForm\\:nameEn", nameEn);
    browser.type("#itemForm\\:nameEs", nameEs);
    browser.typeNumber("#itemForm\\:price_input", price);
    browser.click("#itemForm\\:save");
    browser.waitForText("Setup item \"" + nameEn + "\" saved.");
  }

  private static void startOrder(String email) {
    browser.click("#openNewOrder");
    browser.type("#newOrderForm\\:model", "Derby");
    browser.type("#newOrderForm\\:customerName", "Ann Ávila");
    browser.type("#newOrderForm\\:customerEmail", email);
    browser.fillAddress("newOrderForm", "billing", "Ann Ávila", "Carrer de Mallorca 401");
    browser.type("#newOrderForm\\:lines\\:0\\:description", "Derby shoe, tan");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "180");
    browser.typeNumber("#newOrderForm\\:shippingCost_input", "12");
  }
}
