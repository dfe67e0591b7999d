package com.orderpool.support;

/** What browser tests do with orders as staff do: create one from the pool, pay it in full. */
public final class UiOrders {
  private UiOrders() {}

  /**
   * Creates an order of 180 + 20 shipping (242.00 with VAT) from the pool page, which must be open.
   */
  public static void create(Browser browser, String model, String customer, String email) {
    fill(browser, model, customer, email);
    browser.click("#newOrderForm\\:submit");
  }

  /** Opens the New order form and fills it in as {@link #create} does, without creating it. */
  public static void fill(Browser browser, String model, String customer, String email) {
    browser.click("#openNewOrder");
    browser.find("#newOrderForm\\:model");
    browser.type("#newOrderForm\\:model", model);
    browser.type("#newOrderForm\\:customerName", customer);
    browser.type("#newOrderForm\\:customerEmail", email);
    browser.fillAddress("newOrderForm", "billing", customer, "Carrer de Mallorca 401");
    browser.type("#newOrderForm\\:lines\\:0\\:description", model + ", black calf");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "180");
    browser.typeNumber("#newOrderForm\\:shippingCost_input", "20");
    browser.waitUntil(d -> browser.text("#formTotal").contains("242.00") ? true : null);
    browser.waitForAjax();
  }

  /**
   * Pays the pool's row {@code row} (from 0) in full (242.00) by bank transfer from its Actions
   * menu; ends on the pay page with nothing left to pay.
   */
  public static void payInFull(Browser browser, int row, String reference) {
    browser.click("#poolForm\\:pool\\:" + row + "\\:actions_button");
    browser.clickMenuItem("Pay");
    browser.waitForText("Record a payment");
    browser.typeNumber("#pay\\:amount_input", "242");
    browser.type("#pay\\:reference", reference);
    browser.click("#pay\\:recordPayment");
    browser.waitUntil(d -> browser.text("#balanceDue").contains("0.00") ? true : null);
  }
}
