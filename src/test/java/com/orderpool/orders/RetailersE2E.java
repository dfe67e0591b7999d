package com.orderpool.orders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiOrders;
import com.orderpool.support.UiTenants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin keeps the retailers: the empty list, a rate with three decimals refused, one saved, an
 * order from it in the New order form (shown on the dashboard), the commissions report as PDF, and
 * the retailer retired after a confirmation.
 */
class RetailersE2E {
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
  void anAdminAddsARetailerWhoseOrderEarnsACommissionAndRetiresIt() throws IOException {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "retail password");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));

    browser.open("/settings/retailers.xhtml");
    browser.waitForText("No retailers yet.");
    browser.click("#addRetailer");
    browser.type("#retailerForm\\:code", "shop1");
    browser.type("#retailerForm\\:name", "Shop One");
    browser.type("#retailerForm\\:email", Codes.email(code, "shop1"));
    browser.type("#retailerForm\\:commissionRate", "7.125");
    browser.click("#retailerForm\\:saveRetailer");
    browser.waitForText("The commission rate has at most two decimals.");
    browser.type("#retailerForm\\:commissionRate", "7.5");
    browser.click("#retailerForm\\:saveRetailer");
    browser.waitForText("Retailer \"Shop One\" saved.");
    browser.waitForText("SHOP1");
    browser.screenshot("90-retailers");

    browser.open("/orders/pool.xhtml");
    UiOrders.fill(browser, "Oxford", "Rita Retail", Codes.email(code, "rita"));
    browser.chooseOne("newOrderForm:retailer", "Shop One (SHOP1)");
    browser.click("#newOrderForm\\:submit");
    String number = "10001-" + code;
    browser.waitForText(number);
    browser.open("/orders/order.xhtml?number=" + number);
    browser.waitForText("Shop One (SHOP1)");
    browser.screenshot("91-order-retailer");

    LocalDate today = LocalDate.now();
    byte[] pdf =
        browser.download(
            "/files/reports/commissions.pdf?from="
                + today.minusMonths(1).withDayOfMonth(1)
                + "&to="
                + today.plusDays(2)
                + "&lang=en");
    assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve("92-commissions.pdf"), pdf);

    browser.open("/settings/retailers.xhtml");
    browser.click("#retailersForm\\:retailers\\:0\\:retire");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("Retailer \"Shop One\" retired.");
  }
}
