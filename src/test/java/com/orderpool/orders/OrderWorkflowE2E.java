package com.orderpool.orders;

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

/**
 * An order's life in the browser: create it with a line, move it through three custom statuses, see
 * its days in production, cancel it with the status's fee, and clone another order.
 */
class OrderWorkflowE2E {
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

  private void createOrder(String model, String description, String price) {
    browser.open("/orders/pool.xhtml");
    browser.click("#openNewOrder");
    browser.find("#newOrderForm\\:model");
    browser.type("#newOrderForm\\:model", model);
    browser.type("#newOrderForm\\:customerName", "Bea Buyer");
    browser.type("#newOrderForm\\:customerEmail", "bea@example.test");
    browser.fillAddress("newOrderForm", "billing", "Bea Buyer", "Carrer de Mallorca 401");
    browser.type("#newOrderForm\\:lines\\:0\\:description", description);
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", price);
    browser.typeNumber("#newOrderForm\\:shippingCost_input", "20");
    // (price + 20.00 shipping) + 21 % VAT: wait until the form shows it, so no update is in flight
    String total =
        new java.math.BigDecimal(price)
            .add(java.math.BigDecimal.valueOf(20))
            .multiply(new java.math.BigDecimal("1.21"))
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .toPlainString();
    browser.waitUntil(d -> browser.text("#formTotal").contains(total) ? true : null);
    browser.waitForAjax();
    browser.screenshot("19-new-order-form-" + model);
    browser.click("#newOrderForm\\:submit");
  }

  private void moveAndExpect(String statusName) {
    browser.click("#dash\\:move");
    browser.waitUntil(d -> browser.text("#orderStatus").equals(statusName) ? true : null);
  }

  @Test
  void moveThroughStatusesCancelWithFeeAndClone() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");

    createOrder("Oxford", "Oxford, black calf", "180");
    browser.waitForText("10001-" + code);
    browser.screenshot("20-pool-new-order");

    browser.open("/orders/order.xhtml?number=10001-" + code);
    assertEquals("Pending Payment", browser.text("#orderStatus"));
    assertTrue(browser.text("#orderTotal").contains("242.00"), browser.text("#orderTotal"));
    browser.screenshot("21-dashboard-pending");

    // not paid: it may not go to production
    browser.click("#dash\\:move");
    browser.waitForText("is not paid in full");
    assertEquals("Pending Payment", browser.text("#orderStatus"));
    browser.dismissMessages();
    browser.click("#dash\\:markPaid");
    browser.type("#markPaidForm\\:paidReason", "Paid by card at the shop");
    browser.click("#markPaidForm\\:confirmPaid");
    browser.waitUntil(d -> browser.text("#orderStatus").equals("Paid, queued") ? true : null);
    moveAndExpect("Received");
    moveAndExpect("Cut");
    moveAndExpect("Sewing Department");
    assertEquals("0", browser.text("#daysInProduction").strip());
    browser.click("#dash\\:tabs a[href*='historyTab']");
    browser.waitForText("Sewing Department");
    browser.screenshot("22-dashboard-history");

    browser.click("#dash\\:openCancel");
    browser.waitUntil(d -> browser.text("#quoteFee").contains("75.00") ? true : null);
    browser.click("#cancelForm\\:confirmCancel");
    browser.waitForText("Enter the reason for the cancellation.");
    browser.type("#cancelForm\\:reason", "Customer changed the design");
    // the customer's message is shown, prefilled and editable; the reason stays internal
    assertTrue(
        browser
            .find("#cancelForm\\:customerMessage")
            .getAttribute("value")
            .startsWith("We are sorry this order could not go ahead"));
    browser.type("#cancelForm\\:customerMessage", "As agreed on the phone: see you next season.");
    browser.screenshot("23-cancel-dialog");
    browser.click("#cancelForm\\:confirmCancel");
    browser.waitUntil(d -> browser.text("#orderStatus").equals("Cancelled") ? true : null);
    browser.click("#dash\\:tabs a[href*='overview']");
    assertTrue(browser.text("#cancelFee").contains("75.00"), browser.text("#cancelFee"));
    assertEquals("As agreed on the phone: see you next season.", browser.text("#cancelMessage"));
    browser.screenshot("24-cancelled-with-fee");

    createOrder("Derby", "Derby, brown", "150");
    browser.waitForText("10002-" + code);
    assertTrue(
        !browser.pageSource().contains("10001-" + code), "cancelled orders leave the default pool");
    // Clone opens the form filled in for review: the order exists only once created
    browser.open("/orders/order.xhtml?number=10002-" + code);
    browser.click("#dash\\:clone");
    browser.waitForText("A copy of 10002-" + code);
    browser.waitUntil(
        d ->
            browser
                    .find("#newOrderForm\\:lines\\:0\\:description")
                    .getAttribute("value")
                    .equals("Derby, brown")
                ? true
                : null);
    browser.click("#newOrderForm .op-dialog-foot button.ui-button-flat");
    browser.open("/orders/pool.xhtml");
    browser.waitForText("10002-" + code);
    assertFalse(browser.pageSource().contains("10003-" + code), "closing the form places nothing");

    browser.click("#poolForm\\:pool\\:0\\:actions_button");
    browser.clickMenuItem("Clone");
    browser.waitForText("A copy of 10002-" + code);
    assertEquals("Bea Buyer", browser.find("#newOrderForm\\:customerName").getAttribute("value"));
    browser.type("#newOrderForm\\:lines\\:0\\:description", "Derby, brown, second pair");
    browser.screenshot("25-clone-review");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("Order 10003-" + code + " was created as a copy of 10002-" + code);
    browser.open("/orders/order.xhtml?number=10003-" + code);
    assertEquals("Pending Payment", browser.text("#orderStatus"));
    assertTrue(browser.pageSource().contains("Derby, brown, second pair"));
    assertTrue(browser.text("#dash\\:tabs").contains("10002-" + code), "cloned from");

    // the pool's row menu: hold asks first; release undoes it; an order that is not there is
    // refused
    browser.open("/orders/pool.xhtml");
    browser.waitForText("10003-" + code);
    browser.click("#poolForm\\:pool\\:0\\:actions_button");
    browser.screenshot("25b-pool-row-menu");
    browser.clickMenuItem("Put on hold");
    browser.click("#poolRowConfirmYes");
    browser.waitForText("Order 10003-" + code + " is on hold.");
    browser.waitUntil(
        d -> browser.text("#poolForm\\:pool_data tr:first-child").contains("On Hold"));
    browser.dismissMessages();
    browser.click("#poolForm\\:pool\\:0\\:actions_button");
    browser.clickMenuItem("Release");
    browser.waitForText("Order 10003-" + code + " is released.");
    browser.waitUntil(
        d -> !browser.text("#poolForm\\:pool_data tr:first-child").contains("On Hold"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("poolRowHold([{name:'id',value:'987654321'},{name:'version',value:'0'}]);");
    browser.waitForText("was not found");
    assertTrue(
        !browser.text("#poolForm\\:pool_data").contains("On Hold"), "nothing was put on hold");

    // "Cancel order…" in the row menu opens the order with its cancel dialog already open
    browser.dismissMessages();
    browser.click("#poolForm\\:pool\\:0\\:actions_button");
    browser.clickMenuItem("Cancel order…");
    browser.waitForText("Not paid: cancelling is free.");
    browser.waitUntil(d -> browser.find("#cancelDlg").isDisplayed() ? true : null);
    browser.screenshot("25c-cancel-from-pool");

    browser.open("/settings/statuses.xhtml");
    browser.waitForText("Quality Check");
    browser.screenshot("26-settings-statuses");
    browser.click("#statusesForm\\:statuses\\:5\\:edit");
    browser.waitUntil(
        d ->
            browser.find("#statusForm\\:nameEn").getAttribute("value").equals("Sewing Department")
                ? true
                : null);
    browser.screenshot("27-settings-status-editor");
  }

  /** The paginator's report, e.g. "1–3 · 3". */
  private String report() {
    return browser.text("#poolForm\\:pool .ui-paginator-current");
  }

  @Test
  void poolTotalsFollowTheFiltersAndTheNumberAndActionsStayInView() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    createOrder("Oxford", "Oxford, black calf", "180");
    browser.waitForText("10001-" + code);
    createOrder("Derby", "Derby, brown", "150");
    browser.waitForText("10002-" + code);
    createOrder("Chelsea", "Chelsea boot, tan", "210");
    browser.waitForText("10003-" + code);
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
    browser.open("/orders/pool.xhtml");
    browser.waitUntil(d -> report().equals("1–3 · 3") ? true : null);

    browser.type("#poolForm\\:fModel", "Oxford");
    browser.click("#poolForm\\:applyFilters");
    browser.waitUntil(d -> report().equals("1–1 · 1") ? true : null);
    browser.type("#poolForm\\:viewName", "Oxfords");
    browser.click("#poolForm\\:saveView");
    browser.waitForText("Oxfords");

    browser.type("#poolForm\\:pool\\:globalFilter", "nobody-like-this");
    browser.waitForText("No orders match these filters.");
    browser.waitForAjax();
    assertFalse(browser.pageSource().contains("No orders yet"));
    browser.screenshot("28-pool-no-match");
    browser.click("#poolForm\\:pool\\:emptyClear");
    browser.waitUntil(d -> report().equals("1–3 · 3") ? true : null);
    assertEquals("", browser.find("#poolForm\\:pool\\:globalFilter").getAttribute("value"));
    assertEquals("", browser.find("#poolForm\\:fModel").getAttribute("value"));
    assertEquals("Saved views…", browser.text("#poolForm\\:savedView_label"), "the view is reset");

    browser.chooseOne("poolForm:savedView", "Oxfords");
    browser.waitUntil(
        d -> browser.text("#poolForm\\:savedView_label").equals("Oxfords") ? true : null);
    browser.waitUntil(d -> report().equals("1–1 · 1") ? true : null);
    browser.click("#poolForm\\:clearFilters");
    browser.waitUntil(d -> report().equals("1–3 · 3") ? true : null);

    // the total and how it was paid; scrolled sideways, the number and Actions stay in view
    String first = browser.text("#poolForm\\:pool_data tr:first-child");
    assertTrue(first.contains("€278.30") && first.contains("Not paid yet"), first);
    for (int width : new int[] {1440, 1100}) {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
      Object inView =
          ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript(
                  "var w = document.querySelector('#poolForm\\\\:pool .ui-datatable-tablewrapper');"
                      + "var scrolls = w.scrollWidth > w.clientWidth + 1;"
                      + "w.scrollLeft = w.scrollWidth;"
                      + "var box = w.getBoundingClientRect();"
                      + "var n = document.querySelector('#poolForm\\\\:pool_data tr a.op-code')"
                      + ".getBoundingClientRect();"
                      + "var b = document.getElementById('poolForm:pool:0:actions_button')"
                      + ".getBoundingClientRect();"
                      + "return [scrolls, (!scrolls || w.scrollLeft > 0) && n.left >= box.left"
                      + " && b.right <= box.right && b.left >= n.right - 1];");
      assertEquals(
          true,
          ((List<?>) inView).get(1),
          width + " px: the table fits, or the order number and Actions stay in view");
      browser.screenshot("29-pool-" + width + "-scrolled");
    }
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
  }
}
