package com.orderpool.customers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Addresses and customers in the browser: an order with its own shipping address, an address edit
 * that is first refused with a field message, a line edit that recomputes the total, the customer
 * directory and page (marking the customer trusted), shipping before payment, and the order
 * settings.
 */
class CustomersE2E {
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
  void orderAddressesEditsAndTheCustomerPage() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");

    browser.open("/orders/pool.xhtml");
    browser.click("#openNewOrder");
    browser.type("#newOrderForm\\:model", "Chelsea");
    browser.type("#newOrderForm\\:customerName", "Dana Díaz");
    browser.type("#newOrderForm\\:customerEmail", "dana@example.test");
    browser.type("#newOrderForm\\:customerCompany", "Díaz Boots");
    browser.fillAddress("newOrderForm", "billing", "Dana Díaz", "Carrer de Mallorca 401");
    browser.click("#newOrderForm\\:sameAddress .ui-chkbox-box");
    browser.fillAddress("newOrderForm", "shipping", "Díaz Boots warehouse", "Carrer de Pujades 77");
    browser.type("#newOrderForm\\:lines\\:0\\:description", "Chelsea boot, tan");
    browser.type("#newOrderForm\\:lines\\:0\\:personalisation", "Initials D.D. on the heel");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "200");
    browser.screenshot("40-new-order-with-addresses");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("10001-" + code);

    browser.open("/orders/order.xhtml?number=10001-" + code);
    assertTrue(browser.text("#billingCard").contains("Carrer de Mallorca 401"));
    assertTrue(browser.text("#billingCard").contains("Spain"), browser.text("#billingCard"));
    assertTrue(browser.text("#shippingCard").contains("Carrer de Pujades 77"));
    assertTrue(browser.text("#orderTotal").contains("242.00"), browser.text("#orderTotal"));
    browser.screenshot("41-dashboard-addresses");

    browser.click("#dash\\:tabs\\:editAddresses");
    browser.type("#addressForm\\:shipping_postalCode", "<08005>");
    browser.click("#addressForm\\:saveAddresses");
    browser.waitForText("Enter a valid postal code");
    browser.screenshot("42-address-edit-invalid");
    browser.type("#addressForm\\:shipping_postalCode", "08005");
    browser.click("#addressForm\\:saveAddresses");
    browser.waitUntil(d -> browser.text("#shippingCard").contains("08005") ? true : null);

    browser.click("#dash\\:tabs a[href*='products']");
    browser.click("#dash\\:tabs\\:editLines");
    browser.typeNumber("#linesForm\\:lines\\:0\\:unitPrice_input", "250");
    browser.waitUntil(d -> browser.text("#linesForm\\:costs").contains("302.50") ? true : null);
    browser.screenshot("43-edit-lines");
    browser.click("#linesForm\\:saveLines");
    browser.waitForText("totals recomputed");
    browser.click("#dash\\:tabs a[href*='historyTab']");
    browser.waitForText("Shipping address");
    browser.waitForText("302.50");
    browser.screenshot("44-history-after-edits");

    browser.open("/customers/customers.xhtml");
    browser.type("#customersForm\\:search", "Dan");
    browser.waitForText("dana@example.test");
    browser.screenshot("45-customers");
    browser.click("#customersForm\\:customers a.op-link");
    browser.waitForText("Díaz Boots warehouse");
    assertTrue(browser.text("#orderCount").strip().equals("1"), browser.text("#orderCount"));
    assertTrue(browser.text("#orderValue").contains("302.50"), browser.text("#orderValue"));
    assertTrue(browser.pageSource().contains("10001-" + code));
    browser.screenshot("46-customer-page");

    // a trusted customer may get orders before paying, where the company ships before payment
    browser.driver().manage().window().setSize(new Dimension(1440, 900));
    assertTrue(browser.text("#trustedBadge").isBlank(), "not trusted yet");
    browser.click("#trustForm\\:trusted .ui-chkbox-box");
    browser.click("#trustForm\\:saveTrusted");
    browser.waitForText("Dana Díaz is now a trusted customer.");
    assertTrue(browser.text("#trustedBadge").contains("Trusted"), browser.text("#trustedBadge"));
    browser.screenshot("48-customer-trusted");
    browser.driver().navigate().refresh();
    browser.waitForText("Díaz Boots warehouse");
    assertTrue(browser.find("#trustForm\\:trusted_input").isSelected(), "the mark is kept");
    browser.open("/settings/shipping-methods.xhtml");
    browser.click("#beforePaymentForm\\:beforePayment .ui-chkbox-box");
    browser.click("#beforePaymentForm\\:saveBeforePayment");
    browser.waitForText("may now ship before payment");
    browser.screenshot("49-ship-before-payment-setting");
    browser.driver().manage().window().setSize(new Dimension(1400, 900));

    browser.open("/settings/orders.xhtml");
    browser.typeNumber("#settingsForm\\:cancelWindowHours_input", "48");
    browser.click("#settingsForm\\:save");
    browser.waitForText("Settings saved.");
    browser.open("/settings/orders.xhtml");
    assertTrue(
        browser
            .find("#settingsForm\\:cancelWindowHours_input")
            .getAttribute("value")
            .startsWith("48"));
    browser.screenshot("47-order-settings");
  }
}
