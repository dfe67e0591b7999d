package com.orderpool.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiOrders;
import com.orderpool.support.UiTenants;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An accountant's month end: sign in, open Reports, take last month's invoice register as XLSX
 * (typed numbers, the totals right) and as PDF, subscribe to it monthly by e-mail, and see the page
 * in Spanish.
 */
class ReportsE2E {
  private static final String PW = "ledger password";
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
  void anAccountantTakesLastMonthsInvoiceRegisterAsXlsxAndPdf() throws Exception {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    String number = "10001-" + code;
    browser.open("/orders/pool.xhtml");
    UiOrders.create(browser, "Oxford", "Bea Buyer", "bea@example.test");
    browser.waitForText(number);
    UiOrders.payInFull(browser, 0, "TRF-2026-0099");
    LocalDate mid =
        LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1).withDayOfMonth(15);
    backdate(code, mid);

    String accountant = Codes.email(code, "books");
    browser.open("/users/users.xhtml");
    browser.click("#openInvite");
    browser.type("#inviteForm\\:name", "Alma Books");
    browser.type("#inviteForm\\:email", accountant);
    browser.selectOne("inviteForm:role", "ACCOUNTANT");
    browser.click("#inviteForm\\:submit");
    browser.waitForText("is on its way to " + accountant);
    browser.forgetSession();
    browser.open(UiTenants.setPasswordLink(accountant));
    browser.type("#pw\\:password", PW);
    browser.type("#pw\\:confirmation", PW);
    browser.click("#pw\\:submit");
    browser.waitForText("Your password is set");
    UiTenants.login(browser, accountant, PW);
    browser.waitForText("Workshop " + code);

    browser.click("#navReports");
    browser.waitForText("Invoice register");
    assertEquals("Last month", browser.text("#reportsForm\\:preset_label"));
    browser.screenshot("70-reports-page");
    String xlsxHref =
        browser.find("#report-invoices a[href*='invoices.xlsx']").getAttribute("href");
    assertTrue(xlsxHref.contains("from=" + mid.withDayOfMonth(1)), xlsxHref);
    assertTrue(xlsxHref.contains("to=" + mid.withDayOfMonth(1).plusMonths(1)), xlsxHref);
    byte[] xlsx = browser.download(xlsxHref);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = book.getSheetAt(0);
      Map<String, Integer> cols = new java.util.HashMap<>();
      for (var cell : sheet.getRow(0)) {
        cols.put(cell.getStringCellValue(), cell.getColumnIndex());
      }
      assertEquals(2, sheet.getLastRowNum() + 1, "the header and the one invoice");
      Row invoice = sheet.getRow(1);
      assertEquals(CellType.NUMERIC, invoice.getCell(cols.get("Total")).getCellType());
      assertEquals(242.00, invoice.getCell(cols.get("Total")).getNumericCellValue(), 0.001);
      assertEquals(200.00, invoice.getCell(cols.get("Net")).getNumericCellValue(), 0.001);
      assertEquals(42.00, invoice.getCell(cols.get("VAT")).getNumericCellValue(), 0.001);
      assertTrue(DateUtil.isCellDateFormatted(invoice.getCell(cols.get("Date"))));
      assertEquals(
          mid, invoice.getCell(cols.get("Date")).getLocalDateTimeCellValue().toLocalDate());
      assertTrue(sheet.getPaneInformation().isFreezePane(), "frozen header");
      assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter");
      XSSFSheet summary = book.getSheetAt(1);
      double total = 0;
      for (Row r : summary) {
        if (r.getRowNum() > 0 && "Total".equals(r.getCell(0).getStringCellValue())) {
          total = r.getCell(lastNumeric(r)).getNumericCellValue();
        }
      }
      assertEquals(242.00, total, 0.001, "the summary's total");
    }

    String pdfHref = browser.find("#report-invoices a[href*='invoices.pdf']").getAttribute("href");
    byte[] pdf = browser.download(pdfHref);
    String text = PdfText.text(pdf);
    assertTrue(text.contains("Invoice register") && text.contains("242.00"), text);
    Path out = Path.of(System.getProperty("orderpool.buildDir", "target"), "screenshots");
    Files.createDirectories(out);
    Files.write(out.resolve("71-invoice-register.pdf"), pdf);

    assertTrue(browser.text("#subscriptionsForm\\:mine").contains("no scheduled reports yet"));
    browser.selectOne("subscriptionsForm:subReport", "invoices");
    browser.click("#subscriptionsForm\\:subscribe");
    browser.waitUntil(
        d -> browser.text("#subscriptionsForm\\:mine").contains("Monthly") ? true : null);
    String mine = browser.text("#subscriptionsForm\\:mine");
    assertTrue(mine.contains("Invoice register") && mine.contains("PDF"), mine);
    browser.click("#subscriptionsForm\\:mine\\:0\\:unsubscribe");
    browser.click(".ui-confirmdialog-no");
    assertTrue(browser.text("#subscriptionsForm\\:mine").contains("Monthly"), "No keeps it");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('subscriptions').scrollIntoView();");
    browser.dismissMessages();
    browser.screenshot("72-report-subscriptions");

    // back up to the language choice, clear of the fixed top bar (the list above is long)
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('reportsForm:language')"
                + ".scrollIntoView({block: 'center'});");
    browser.click("#reportsForm\\:language .ui-button:nth-child(2)");
    browser.waitForAjax();
    String esHref = browser.find("#report-invoices a[href*='invoices.pdf']").getAttribute("href");
    assertTrue(esHref.contains("lang=es"), esHref);
    String es = PdfText.text(browser.download(esHref));
    assertTrue(
        es.toLowerCase(Locale.ROOT).contains("registro de facturas") && es.contains("242,00"), es);
    assertEquals(
        404,
        browser.status(
            "/files/reports/invoices.csv?from=2026-01-01&to=2026-02-01"
                .replace("invoices", "payroll")));
  }

  /** The index of the last numeric cell of a row (the gross of a summary row). */
  private static int lastNumeric(Row r) {
    int last = 0;
    for (var c : r) {
      if (c.getCellType() == CellType.NUMERIC) {
        last = c.getColumnIndex();
      }
    }
    return last;
  }

  /** Moves the tenant's order, payment and invoice to a day of last month, as if made then. */
  private static void backdate(String code, LocalDate day) throws SQLException {
    Map<String, String> db = TestEnvironment.appSettings();
    Timestamp at = Timestamp.valueOf(LocalDateTime.of(day, java.time.LocalTime.NOON));
    String schema = "tenant_" + code.toLowerCase(Locale.ROOT);
    try (Connection c =
        DriverManager.getConnection(
            db.get("orderpool.db.url"),
            db.get("orderpool.db.user"),
            db.get("orderpool.db.password"))) {
      for (String sql :
          new String[] {
            "UPDATE `" + schema + "`.customer_order SET created_at = ?",
            "UPDATE `" + schema + "`.invoice SET issued_at = ?",
            "UPDATE `" + schema + "`.payment SET received_on = DATE(?), created_at = ?"
          }) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
          for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
            s.setTimestamp(i, at);
          }
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw e;
    }
  }

  @Test
  void anAdminExportsThePoolTheCustomersAndTheOutboxAsTheyAreFiltered() throws Exception {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.open("/orders/pool.xhtml");
    UiOrders.create(browser, "Oxford", "Bea Buyer", "bea@example.test");
    browser.waitForText("10001-" + code);
    UiOrders.create(browser, "Derby", "Carl Cobbler", "carl@example.test");
    browser.waitForText("10002-" + code);

    browser.type("#poolForm\\:fModel", "Derby");
    browser.click("#poolForm\\:applyFilters");
    browser.waitUntil(
        d ->
            browser.text("#poolForm\\:pool .ui-paginator-current").equals("1–1 · 1") ? true : null);
    browser.click("#poolForm\\:pool\\:export_button");
    browser.clickMenuItem("CSV");
    String pool = csv(browser.awaitDownload("pool.csv"));
    assertTrue(pool.contains("10002-" + code) && !pool.contains("10001-" + code), pool);

    browser.open("/customers/customers.xhtml");
    browser.waitForText("carl@example.test");
    browser.type("#customersForm\\:search", "carl");
    browser.waitUntil(d -> browser.pageSource().contains("bea@example.test") ? null : true);
    browser.waitForAjax();
    browser.click("#customersForm\\:export_button");
    browser.screenshot("73-customers-export");
    browser.clickMenuItem("XLSX");
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(browser.awaitDownload("customers.xlsx")))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertEquals("E-mail", sheet.getRow(0).getCell(1).getStringCellValue());
      assertEquals("carl@example.test", sheet.getRow(1).getCell(1).getStringCellValue());
      assertEquals(1, sheet.getLastRowNum(), "Carl only");
      assertEquals(1.0, sheet.getRow(1).getCell(7).getNumericCellValue(), "his one order");
    }

    browser.open("/settings/outbox.xhtml");
    browser.waitForText("carl@example.test");
    browser.click("#outboxForm\\:outbox\\:export_button");
    browser.clickMenuItem("CSV");
    String outbox = csv(browser.awaitDownload("outbox.csv"));
    assertTrue(outbox.contains("bea@example.test") && outbox.contains("carl@example.test"), outbox);
    browser.screenshot("74-outbox-export");
  }

  private static String csv(byte[] file) {
    return new String(file, java.nio.charset.StandardCharsets.UTF_8);
  }
}
