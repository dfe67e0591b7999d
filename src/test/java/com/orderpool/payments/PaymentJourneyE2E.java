package com.orderpool.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paying an order in the browser: create it, pay part of it on the pay page, pay the rest, see it
 * In Production with its WIP date, and download its invoice PDF from the dashboard and the pool.
 */
class PaymentJourneyE2E {
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
  void payPartlyThenFullyAndDownloadTheInvoice() throws IOException {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    String number = "10001-" + code;

    browser.open("/orders/pool.xhtml");
    browser.click("#openNewOrder");
    browser.find("#newOrderForm\\:model");
    browser.type("#newOrderForm\\:model", "Oxford");
    browser.type("#newOrderForm\\:customerName", "Bea Buyer");
    browser.type("#newOrderForm\\:customerEmail", "bea@example.test");
    browser.fillAddress("newOrderForm", "billing", "Bea Buyer", "Carrer de Mallorca 401");
    browser.type("#newOrderForm\\:lines\\:0\\:description", "Oxford, black calf");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "180");
    browser.typeNumber("#newOrderForm\\:shippingCost_input", "20");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText(number);

    browser.click("#poolForm\\:pool\\:0\\:actions_button");
    browser.clickMenuItem("Pay");
    browser.waitForText("Record a payment");
    assertTrue(browser.text("#total").contains("242.00"), browser.text("#total"));
    assertTrue(browser.text("#balanceDue").contains("242.00"));
    browser.screenshot("60-pay-page-unpaid");

    browser.typeNumber("#pay\\:amount_input", "500");
    browser.click("#pay\\:recordPayment");
    browser.waitForText("That is more than the balance due");
    browser.dismissMessages();
    browser.typeNumber("#pay\\:amount_input", "-10");
    browser.click("#pay\\:recordPayment");
    browser.waitForText("Enter an amount greater than zero.");
    assertTrue(
        browser.text("#balanceDue").contains("242.00"), "the minus sign was kept: nothing paid");
    browser.dismissMessages();
    browser.typeNumber("#pay\\:amount_input", "100");
    browser.type("#pay\\:reference", "TRF-2026-0042");
    browser.click("#pay\\:recordPayment");
    browser.waitUntil(d -> browser.text("#balanceDue").contains("142.00") ? true : null);
    assertEquals("Partially paid", browser.text("#pay\\:paymentStatus"));
    assertEquals("Pending Payment", browser.text("#orderStatus"));
    assertTrue(browser.pageSource().contains("TRF-2026-0042"));
    browser.screenshot("61-pay-page-partly-paid");

    browser.selectOne("pay:method", "CASH");
    browser.dismissMessages();
    browser.click("#pay\\:recordPayment");
    browser.waitUntil(d -> browser.text("#pay\\:paymentStatus").equals("Paid") ? true : null);
    assertEquals("Paid, queued", browser.text("#orderStatus"));
    assertTrue(browser.text("#pay\\:paidNote").contains("Paid in full"));
    assertFalse(browser.pageSource().contains("recordPayment"), "nothing left to pay");
    browser.screenshot("62-pay-page-paid");

    browser.open("/orders/order.xhtml?number=" + number);
    assertEquals("Paid, queued", browser.text("#orderStatus"));
    assertFalse(browser.text("#wipStart").isBlank() || browser.text("#wipStart").equals("—"));
    browser.click("#dash\\:tabs a[href*='invoicesTab']");
    String invoiceNo = "INV-" + LocalDate.now().getYear() + "-000001";
    browser.waitForText(invoiceNo);
    browser.screenshot("63-dashboard-invoices");
    String href = browser.find("#dash\\:tabs\\:invoices\\:0\\:docLink").getAttribute("href");
    String text = pdfText(browser.download(href), "64-invoice");
    assertEquals(404, browser.status(href.replaceAll("/\\d+\\.pdf$", "/999999999.pdf")));
    assertTrue(text.contains(invoiceNo), text);
    assertTrue(text.contains("242.00"), text);
    assertTrue(text.contains(number), text);
    assertTrue(text.contains("INVOICE") || text.contains("Invoice"), text);

    browser.click("#dash\\:tabs\\:invoices\\:0\\:credit");
    browser.waitForText("Choose how many pieces of each line to credit");
    browser.screenshot("65-credit-note-dialog");
    browser.click("#creditForm\\:createCredit");
    browser.waitForText("Choose at least one piece");
    browser.open("/settings/payments.xhtml");
    browser.find("#settingsForm\\:invoiceFormat");
    browser.screenshot("66-settings-payments");

    browser.open("/orders/pool.xhtml");
    browser.waitForText(invoiceNo);
    String poolHref = browser.find("#poolForm\\:pool\\:0\\:invoiceLink").getAttribute("href");
    assertEquals(href, poolHref, "the pool's Invoice column links the same PDF");

    UiTenants.provisionAndLogin(browser, Codes.fresh(), "other workshop");
    assertEquals(404, browser.status(href), "another tenant's invoice PDF is not found");
  }

  private static String pdfText(byte[] pdf, String name) throws IOException {
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
