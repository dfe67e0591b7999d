package com.orderpool.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Import orders in the browser: a file with two good orders and a bad one is uploaded, its result
 * page follows the import to the end and lists the bad row, and the two orders are in the pool.
 */
class ImportsE2E {
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
  void twoGoodOrdersAndABadOneFromAnUploadedFile() throws IOException {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "imports password");
    browser.click("#navImports");
    browser.waitForText("No imports yet.");
    browser.screenshot("99-imports-empty");
    assertTrue(browser.pageSource().contains("No file is expected."));
    browser.typeNumber("#expectForm\\:everyHours_input", "24");
    browser.click("#expectForm\\:saveExpect");
    browser.waitForText("A file is expected every 24 hours");
    assertTrue(browser.text("#expectForm\\:expectState").contains("none yet"));
    byte[] template = browser.download("/files/imports/template.csv");
    assertTrue(
        new String(template, StandardCharsets.UTF_8).contains("order_reference"),
        "the template downloads");
    byte[] tracking = browser.download("/files/imports/tracking-template.csv");
    assertTrue(
        new String(tracking, StandardCharsets.UTF_8)
            .contains("order_number,shipping_method,tracking_numbers,shipped_at"),
        "the tracking file's template downloads");

    String csv =
        "order_reference,type,customer_name,customer_email,billing_name,billing_line1,"
            + "billing_postal_code,billing_city,billing_country,model,sku,description,quantity,"
            + "unit_price\r\n"
            + "E2E-1,MTO,Iris Importada,iris@"
            + code.toLowerCase()
            + ".test,Iris Importada,Calle Mayor 1,28001,Madrid,ES,Derby,DRB-1,Derby,1,120.00\r\n"
            + "E2E-2,BULK,Ivo Importado,ivo@"
            + code.toLowerCase()
            + ".test,Ivo Importado,Calle Mayor 2,28001,Madrid,ES,Oxford,OXF-1,Oxford,2,80.00\r\n"
            + "E2E-3,MTO,Bad Row,bad@"
            + code.toLowerCase()
            + ".test,Bad Row,Calle Mayor 3,28001,Madrid,ES,Derby,DRB-2,Derby,1,12.345\r\n";
    Path file = Files.createTempFile("orders-", ".csv");
    Files.writeString(file, csv);
    browser.find("#uploadForm\\:file_input").sendKeys(file.toString());
    browser.waitForText("Orders created");
    browser.waitForText("was received and is being imported");
    assertEquals("2", browser.text("#created").strip());
    assertEquals("1", browser.text("#rejected").strip());
    String page = browser.pageSource();
    assertTrue(page.contains("unit_price"), "the bad row's column is named");
    assertTrue(page.contains("E2E-3"), "the bad row's order is named");
    browser.screenshot("99-imports-result");

    browser.click("#navOrders");
    browser.waitForText("Iris Importada");
    assertTrue(browser.pageSource().contains("Ivo Importado"));
    assertTrue(!browser.pageSource().contains("Bad Row"), "the bad order is not in the pool");

    // a file of tracking numbers, uploaded with "Tracking numbers" chosen: a tracking job
    browser.click("#navImports");
    browser.waitForText(file.getFileName().toString());
    browser.click("#uploadForm\\:kind div.ui-button:nth-child(2)");
    browser.waitForText("each good row ships its order");
    Path trackingFile = Files.createTempFile("tracking-", ".csv");
    Files.writeString(trackingFile, "order_number,tracking_numbers\r\n99999-" + code + ",JJD1\r\n");
    browser.find("#uploadForm\\:file_input").sendKeys(trackingFile.toString());
    browser.waitForText("Orders shipped");
    assertTrue(
        browser.pageSource().contains("There is no order 99999-" + code),
        "the tracking row's unknown order is named");
    browser.screenshot("99-imports-tracking-result");

    browser.click("#navImports");
    browser.waitForText(file.getFileName().toString());
    assertTrue(
        !browser.text("#expectForm\\:expectState").contains("none yet"),
        "the uploaded file counts as the last file");
    browser.screenshot("99-imports-expected");
    browser.chooseOne("topbar:language", "ES");
    browser.waitForText("Importar pedidos");
    assertTrue(browser.pageSource().contains("Se espera un fichero cada 24 horas"));
    browser.screenshot("99-imports-es");
    browser.chooseOne("topbar:language", "EN");
    browser.waitForText("Import orders");

    browser.click("#expectForm\\:stopExpect");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("No file is expected any more.");
    assertTrue(browser.text("#expectForm\\:expectState").contains("No file is expected."));
  }
}
