package com.orderpool.reports;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.NotFoundException;
import com.orderpool.core.RegisterQuery;
import com.orderpool.customers.boundary.CustomerService;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.control.InvoiceFactory.CreditLine;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.invoicing.entity.Settlement;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.platform.entity.Role;
import com.orderpool.reports.boundary.ReportDesignService;
import com.orderpool.reports.boundary.Reports;
import com.orderpool.reports.control.DesignInvalidException;
import com.orderpool.reports.control.RegisterTexts;
import com.orderpool.reports.control.ReportFormat;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestMoney;
import com.orderpool.support.Transactions;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSettings;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The eight registers filled from real orders, invoices, credit notes, payments and cancellations
 * of one tenant: their rows and totals in CSV, the same figures in the PDF and as typed XLSX cells,
 * the period's bounds (from inclusive, to exclusive), a tenant's own design used by that tenant
 * only, a broken design refused, and nothing of one tenant in another's registers.
 */
class RegistersIT extends InContainer {
  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Invoicing invoicing;
  @Inject Payments payments;
  @Inject Reports reports;
  @Inject ReportDesignService designs;
  @Inject TenantSettings settings;
  @Inject Transactions tx;
  @Inject TenantRunner runner;
  @Inject ZoneId zone;
  @Inject CustomerService customers;
  @Inject AccountService accounts;
  @Inject UserService users;
  @Inject HttpServletRequest request;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  /** What the books of a tenant hold after {@link #books}. */
  record Books(Invoice invoiceA, Invoice invoiceB, Invoice creditNoteB, Order a, Order d) {}

  /**
   * A paid order A (invoice 121.00, paid by bank transfer), an order B invoiced at 60.50, paid in
   * cash and fully credited (kept as customer credit), an unpaid order C of 242.00 and an order D
   * of 96.80 cancelled; VAT 21 %.
   */
  private Books books(String code) {
    as(
        code,
        () ->
            tx.committing(
                () -> {
                  settings.put("invoice.mode", "MANUAL");
                  return null;
                }));
    Order a = order(code, "100.00", "Ann Ávila");
    as(code, () -> customers.setVatId(a.getCustomerId(), "es b-123.456.78"));
    Invoice invA = as(code, () -> invoicing.issue(a.getId()));
    PaymentInput in =
        new PaymentInput(PaymentMethod.BANK_TRANSFER, new BigDecimal("121.00"), today());
    in.setReference("TRF-A");
    Order paidA =
        as(code, () -> payments.record(a.getId(), in, orders.get(a.getId()).getVersion()));
    Order b = order(code, "50.00", "Bea Boix");
    Invoice invB = as(code, () -> invoicing.issue(b.getId()));
    PaymentInput cash = new PaymentInput(PaymentMethod.CASH, new BigDecimal("60.50"), today());
    as(code, () -> payments.record(b.getId(), cash, orders.get(b.getId()).getVersion()));
    long lineB = as(code, () -> invoicing.get(invB.getId()).getLines().get(0).getId());
    Invoice cn =
        as(
            code,
            () ->
                invoicing.creditNote(
                    invB.getId(), List.of(new CreditLine(lineB, 1)), false, false));
    as(code, () -> invoicing.settle(cn.getId(), Settlement.CUSTOMER_CREDIT, null));
    order(code, "200.00", "Carla Cid");
    Order d = order(code, "80.00", "Dani Diez");
    Order cancelled =
        as(
            code,
            () ->
                workflow.cancel(
                    d.getId(),
                    "Customer changed mind",
                    null,
                    null,
                    orders.get(d.getId()).getVersion()));
    return new Books(invA, invB, cn, paidA, cancelled);
  }

  private Order order(String code, String net, String name) {
    String who = name.replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
    var cmd = TestMoney.priced(Codes.email(code, who.isEmpty() ? "someone" : who), net);
    cmd.setCustomerName(name);
    return as(code, () -> orders.create(cmd));
  }

  private LocalDate today() {
    return LocalDate.now(zone);
  }

  private byte[] file(
      String code, String name, ReportFormat f, LocalDate from, LocalDate to, String lang) {
    return as(
        code,
        () -> {
          RegisterQuery q = reports.query(from, to, null, null, lang);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          reports.write(name, f, q, out);
          return out.toByteArray();
        });
  }

  private Csv csv(String code, String name) {
    return Csv.parse(
        file(code, name, ReportFormat.CSV, today().withDayOfMonth(1), today().plusDays(1), "en"),
        name);
  }

  @Test
  void everyRegisterAddsUpTheBooks() {
    String code = Codes.newTenant(console);
    Books books = books(code);

    Csv inv = csv(code, "invoices");
    assertEquals(3, inv.rows.size(), "two invoices and a credit note: " + inv.rows);
    assertEquals(new BigDecimal("121.00"), inv.sum("gross"), "invoices minus the credit note");
    assertEquals(new BigDecimal("100.00"), inv.sum("net"));
    assertEquals(new BigDecimal("21.00"), inv.sum("vat"));
    Map<String, String> note = inv.row("number", books.creditNoteB().getNumber());
    assertEquals("-60.50", note.get(inv.header("gross")), "a credit note is negative");
    assertEquals("-10.50", note.get(inv.header("vat")));
    assertEquals("21.00", note.get(inv.header("vatRate")));
    assertEquals(today().toString(), note.get(inv.header("date")));
    assertEquals(
        "ESB12345678",
        inv.row("number", books.invoiceA().getNumber()).get(inv.header("vatId")),
        "the customer's VAT ID, copied at issue");

    Csv cn = csv(code, "credit-notes");
    assertEquals(1, cn.rows.size());
    Map<String, String> c = cn.rows.get(0);
    assertEquals(books.invoiceB().getNumber(), c.get(cn.header("credits")));
    assertEquals("60.50", c.get(cn.header("gross")));
    assertEquals(
        RegisterTexts.of("credit-notes", "en").text("code.CUSTOMER_CREDIT"),
        c.get(cn.header("settlement")));

    Csv pay = csv(code, "payments");
    assertEquals(3, pay.rows.size(), "A by transfer, B in cash and back as credit: " + pay.rows);
    assertEquals(new BigDecimal("121.00"), pay.sum("amount"), "the refund is negative");
    assertTrue(pay.rows.stream().anyMatch(r -> "-60.50".equals(r.get(pay.header("amount")))));
    Map<String, String> transfer = pay.row("reference", "TRF-A");
    assertEquals(books.a().getNumber(), transfer.get(pay.header("order")));
    assertEquals(books.invoiceA().getNumber(), transfer.get(pay.header("invoice")));

    Csv vat = csv(code, "vat");
    assertEquals(1, vat.rows.size(), "one month, one rate: " + vat.rows);
    assertEquals("3", vat.rows.get(0).get(vat.header("documents")));
    assertEquals(new BigDecimal("100.00"), vat.sum("net"));
    assertEquals(new BigDecimal("21.00"), vat.sum("vat"));
    assertEquals(new BigDecimal("121.00"), vat.sum("gross"));

    Csv ord = csv(code, "orders");
    assertEquals(4, ord.rows.size());
    assertEquals(new BigDecimal("520.30"), ord.sum("total"));

    Csv wip = csv(code, "wip");
    assertEquals(Phase.IN_PRODUCTION, books.a().getPhase(), "paid in full: in production");
    long inProduction =
        as(
                code,
                () ->
                    orders.list(
                        com.orderpool.orders.control.PoolFilter.all(),
                        com.orderpool.core.PageRequest.of(0, 50)))
            .stream()
            .filter(o -> o.getPhase() == Phase.IN_PRODUCTION)
            .count();
    assertEquals(inProduction, wip.rows.size(), "the orders in production: " + wip.rows);
    assertTrue(
        wip.rows.stream().anyMatch(r -> books.a().getNumber().equals(r.get(wip.header("order")))));
    assertEquals("0", wip.rows.get(0).get(wip.header("days")));

    Csv can = csv(code, "cancellations");
    assertEquals(1, can.rows.size());
    Map<String, String> cancelled = can.rows.get(0);
    assertEquals(books.d().getNumber(), cancelled.get(can.header("order")));
    assertEquals("96.80", cancelled.get(can.header("total")));
    BigDecimal fee = books.d().getCancelFee() == null ? BigDecimal.ZERO : books.d().getCancelFee();
    assertEquals(fee.setScale(2).toPlainString(), cancelled.get(can.header("fee")));
    assertEquals("Customer changed mind", cancelled.get(can.header("reason")));

    Csv rec = csv(code, "receivables");
    assertEquals(1, rec.rows.size(), "only C is unpaid; D is cancelled: " + rec.rows);
    assertEquals(new BigDecimal("242.00"), rec.sum("outstanding"));
    assertTrue(rec.rows.stream().allMatch(r -> "0".equals(r.get(rec.header("age")))));
  }

  @Test
  void thePdfAndTheSpreadsheetCarryTheSameFigures() {
    String code = Codes.newTenant(console);
    Books books = books(code);
    LocalDate from = today().withDayOfMonth(1);
    String pdf =
        PdfText.text(file(code, "invoices", ReportFormat.PDF, from, today().plusDays(1), "en"));
    RegisterTexts en = RegisterTexts.of("invoices", "en");
    assertTrue(pdf.contains(en.title()), pdf);
    assertTrue(
        pdf.contains(books.invoiceA().getNumber()) && pdf.contains(books.creditNoteB().getNumber()),
        pdf);
    assertTrue(pdf.contains("-60.50"), "the credit note's minus: " + pdf);
    assertTrue(pdf.contains("121.00") && pdf.contains("21.00 %"), "the VAT summary: " + pdf);
    assertTrue(pdf.contains("Co " + code), "the tenant's name: " + pdf);
    String es =
        PdfText.text(file(code, "invoices", ReportFormat.PDF, from, today().plusDays(1), "es"));
    assertTrue(
        es.contains(RegisterTexts.of("invoices", "es").title()) && es.contains("-60,50"), es);

    byte[] xlsx = file(code, "invoices", ReportFormat.XLSX, from, today().plusDays(1), "en");
    XlsxSheet sheet = XlsxSheet.read(xlsx, 1);
    assertTrue(sheet.frozen, "the header row is frozen");
    assertNotNull(sheet.autoFilter, "autofilter");
    assertTrue(
        sheet.autoFilter.startsWith("A1:") && sheet.autoFilter.endsWith("4"), sheet.autoFilter);
    String gross = sheet.column(en.text("col.gross"));
    double sum = 0;
    for (int row = 2; row <= 4; row++) {
      XlsxSheet.Cell cell = sheet.cell(gross + row);
      assertEquals("n", cell.type(), "a number, not text");
      sum += cell.number();
    }
    assertEquals(121.00, sum, 0.001);
    XlsxSheet.Cell date = sheet.cell(sheet.column(en.text("col.date")) + "2");
    assertEquals("n", date.type(), "a date is a serial number");
    assertEquals(
        today().toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay(), (long) date.number());
  }

  @Test
  void thePeriodRunsFromItsFirstDayUpToButNotIncludingTo() {
    String code = Codes.newTenant(console);
    books(code);
    LocalDate t = today();
    assertEquals(3, rows(code, "invoices", t, t.plusDays(1)));
    assertEquals(0, rows(code, "invoices", t.minusDays(30), t), "to is exclusive");
    assertEquals(0, rows(code, "invoices", t.plusDays(1), t.plusDays(2)), "from is inclusive");
    assertEquals(4, rows(code, "orders", t, t.plusDays(1)));
    assertEquals(0, rows(code, "orders", t.minusDays(1), t));
    assertEquals(0, rows(code, "payments", t.minusDays(1), t));
    assertEquals(3, rows(code, "payments", t, t.plusDays(1)));
  }

  private int rows(String code, String name, LocalDate from, LocalDate to) {
    return Csv.parse(file(code, name, ReportFormat.CSV, from, to, "en"), name).rows.size();
  }

  @Test
  void anotherTenantSeesNoneOfItAndAnUnknownReportIsNotFound() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Books books = books(a);
    for (String name :
        List.of(
            "invoices",
            "credit-notes",
            "payments",
            "vat",
            "orders",
            "wip",
            "cancellations",
            "receivables")) {
      assertEquals(0, csv(b, name).rows.size(), name + " of B holds nothing of A");
    }
    long customerOfA = as(a, () -> orders.get(books.a().getId()).getCustomerId());
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> as(b, () -> customers.setVatId(customerOfA, "X1")))),
        "B cannot change A's customer");
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () -> file(a, "salaries", ReportFormat.CSV, today(), today().plusDays(1), "en"))));
  }

  @Test
  void aTenantsOwnDesignIsUsedByThatTenantOnlyAndABrokenOneIsRefused() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    String standard = as(a, () -> designs.source("invoices"));
    String marked = standard.replace("$R{title}", "\"OWN DESIGN \" + $R{title}");
    assertFalse(marked.equals(standard), "the marker went in");
    as(a, () -> designs.upload("invoices", marked.getBytes(StandardCharsets.UTF_8)));
    LocalDate t = today();
    assertTrue(
        PdfText.text(file(a, "invoices", ReportFormat.PDF, t, t.plusDays(1), "en"))
            .contains("OWN DESIGN"));
    assertFalse(
        PdfText.text(file(b, "invoices", ReportFormat.PDF, t, t.plusDays(1), "en"))
            .contains("OWN DESIGN"));

    String broken = standard.replace("$F{gross}", "$F{gross}.nope()");
    Throwable refused =
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    as(
                        a,
                        () ->
                            designs.upload("invoices", broken.getBytes(StandardCharsets.UTF_8)))));
    assertInstanceOf(DesignInvalidException.class, refused);
    assertTrue(
        PdfText.text(file(a, "invoices", ReportFormat.PDF, t, t.plusDays(1), "en"))
            .contains("OWN DESIGN"),
        "the previous design stays");
  }

  @Test
  void cellsThatLookLikeFormulasAreNeutralised() {
    String code = Codes.newTenant(console);
    order(code, "10.00", "=HYPERLINK(\"http://x.example\",\"x\")");
    order(code, "10.00", "@SUM(A1)");
    Csv ord = csv(code, "orders");
    List<String> names = ord.rows.stream().map(r -> r.get(ord.header("customer"))).toList();
    assertTrue(names.contains("'=HYPERLINK(\"http://x.example\",\"x\")"), names.toString());
    assertTrue(names.contains("'@SUM(A1)"), names.toString());
    XlsxSheet sheet =
        XlsxSheet.read(
            file(code, "orders", ReportFormat.XLSX, today(), today().plusDays(1), "en"), 1);
    String col = sheet.column(RegisterTexts.of("orders", "en").text("col.customer"));
    assertTrue(
        sheet.cells.entrySet().stream()
            .filter(e -> e.getKey().startsWith(col) && !e.getKey().equals(col + "1"))
            .allMatch(e -> e.getValue().value().startsWith("'")),
        "every customer cell starts with an apostrophe");
  }

  @Test
  void theStableUrlServesAccountantsAndAdminsAndAnswersBadInputClearly() {
    String code = Codes.fresh();
    ProvisionResult tenant =
        console.provision(
            new ProvisionRequest("Company " + code, code, Codes.email(code, "admin")));
    accounts.setPassword(tenant.setPasswordToken(), "admin password 1", "admin password 1");
    String accountant = Codes.email(code, "acc");
    accounts.setPassword(
        as(code, () -> users.invite(accountant, "Alba Cuentas", Role.ACCOUNTANT)),
        "accountant pw 1",
        "accountant pw 1");
    String staff = Codes.email(code, "staff");
    accounts.setPassword(
        as(code, () -> users.invite(staff, "Sam Staff", Role.STAFF)),
        "staff password 1",
        "staff password 1");
    books(code);
    LocalDate t = today();
    String url =
        "/files/reports/invoices.csv?from="
            + t.withDayOfMonth(1)
            + "&to="
            + t.plusDays(1)
            + "&lang=en";

    WebSession acc = WebSession.signIn(base(), accountant, "accountant pw 1");
    WebSession.Download csv = acc.download(url);
    assertEquals(200, csv.status());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    assertEquals(new BigDecimal("121.00"), Csv.parse(csv.body(), "invoices").sum("gross"));
    WebSession.Download xlsx = acc.download(url.replace(".csv", ".xlsx"));
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.contentType().contains("spreadsheetml"), xlsx.contentType());
    WebSession.Download pdf =
        acc.download(url.replace(".csv", ".pdf").replace("lang=en", "lang=es"));
    assertEquals(200, pdf.status());
    assertTrue(PdfText.text(pdf.body()).contains("-60,50"));
    assertEquals(200, acc.get("/reports/reports.xhtml").status(), "the reports page");

    assertEquals(404, acc.download(url.replace("invoices.csv", "salaries.csv")).status());
    assertEquals(404, acc.download(url.replace(".csv", ".docx")).status());
    WebSession.Download bad =
        acc.download("/files/reports/invoices.csv?from=2026-13-01&to=2027-01-01");
    assertEquals(400, bad.status());
    assertTrue(bad.text().contains("from"), bad.text());
    assertEquals(400, acc.download("/files/reports/invoices.csv?from=2026-02-01").status());
    assertEquals(
        400, acc.download("/files/reports/invoices.csv?from=2026-02-01&to=2026-01-01").status());

    WebSession admin = WebSession.signIn(base(), tenant.adminEmail(), "admin password 1");
    assertEquals(200, admin.download(url).status());
    WebSession sam = WebSession.signIn(base(), staff, "staff password 1");
    assertEquals(404, sam.download(url).status(), "staff: as if there were no such file");
    assertEquals(404, sam.get("/reports/reports.xhtml").status());
  }

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
  }

  /** A parsed CSV report (RFC 4180, UTF-8 with a BOM), headers from the report's English texts. */
  record Csv(List<String> headers, List<Map<String, String>> rows, String name) {
    static Csv parse(byte[] bytes, String name) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("\uFEFF"), "UTF-8 with a BOM");
      List<List<String>> records = CsvRecords.parse(text.substring(1));
      List<String> headers = records.get(0);
      List<Map<String, String>> rows = new java.util.ArrayList<>();
      for (List<String> r : records.subList(1, records.size())) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
          m.put(headers.get(i), i < r.size() ? r.get(i) : "");
        }
        rows.add(m);
      }
      return new Csv(headers, rows, name);
    }

    String header(String field) {
      String h = RegisterTexts.of(name, "en").text("col." + field);
      assertTrue(headers.contains(h), "column " + h + " in " + headers);
      return h;
    }

    BigDecimal sum(String field) {
      String h = header(field);
      return rows.stream()
          .map(r -> new BigDecimal(r.get(h)))
          .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    Map<String, String> row(String field, String value) {
      String h = header(field);
      return rows.stream().filter(r -> value.equals(r.get(h))).findFirst().orElseThrow();
    }
  }
}
