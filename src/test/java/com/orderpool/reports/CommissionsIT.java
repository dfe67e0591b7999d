package com.orderpool.reports;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.core.RegisterQuery;
import com.orderpool.notifications.control.RetailerSummaryTimer;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.boundary.Retailers;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.Retailer;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.control.ApiKeys;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.platform.entity.Role;
import com.orderpool.reports.boundary.Reports;
import com.orderpool.reports.control.RegisterTexts;
import com.orderpool.reports.control.ReportFormat;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestMoney;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Retailers and their commissions in the running app: the commissions register (CSV and XLSX) to
 * the cent, the monthly summary at the retailer's mailbox (once, however often it runs), the
 * cancellation notice to the retailer, the API's retailer code, and tenant isolation.
 */
class CommissionsIT extends InContainer {
  private static final Duration MAIL_WAIT = Duration.ofSeconds(45);

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Retailers retailers;
  @Inject Reports reports;
  @Inject TenantRunner runner;
  @Inject ZoneId zone;
  @Inject RetailerSummaryTimer summaries;
  @Inject ApiKeys keys;
  @Inject HttpServletRequest request;
  @Inject AccountService accounts;
  @Inject UserService users;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  private Retailer retailer(String code, String retailerCode, String rate) {
    return as(
        code,
        () ->
            retailers.save(
                null,
                retailerCode,
                "Retailer " + retailerCode,
                Codes.email(code, retailerCode.toLowerCase(java.util.Locale.ROOT)),
                new BigDecimal(rate)));
  }

  private Order order(String code, String net, String retailerCode) {
    NewOrder cmd = TestMoney.priced(Codes.email(code, "buyer"), net);
    cmd.setRetailer(retailerCode);
    return as(code, () -> orders.create(cmd));
  }

  private Order cancel(String code, Order o) {
    return as(
        code,
        () ->
            workflow.cancel(
                o.getId(), "Out of stock", null, null, orders.get(o.getId()).getVersion()));
  }

  private LocalDate today() {
    return LocalDate.now(zone);
  }

  private byte[] file(String code, ReportFormat format) {
    return as(
        code,
        () -> {
          RegisterQuery q =
              reports.query(today().withDayOfMonth(1), today().plusDays(1), null, null, "en");
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          reports.write("commissions", format, q, out);
          return out.toByteArray();
        });
  }

  /** The CSV's rows by the retailer's code, each as column text → value. */
  private Map<String, Map<String, String>> csv(String code) {
    String text = new String(file(code, ReportFormat.CSV), StandardCharsets.UTF_8);
    List<List<String>> records = CsvRecords.parse(text.substring(1));
    List<String> headers = records.get(0);
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < headers.size(); i++) {
        m.put(headers.get(i), i < r.size() ? r.get(i) : "");
      }
      rows.put(m.get(col("retailer")), m);
    }
    return rows;
  }

  private static String col(String field) {
    return RegisterTexts.of("commissions", "en").text("col." + field);
  }

  /**
   * Retailer A (7.50 %): orders of 100.00 and 33.33 net and one of 80.00 cancelled; retailer B
   * (12.25 %): one of 19.99; and an own order of 50.00 without retailer.
   */
  @Test
  void reportSummaryAndCancellationNoticeAddUpToTheCent() throws Exception {
    String code = Codes.newTenant(console);
    Retailer a = retailer(code, "SHOPA", "7.50");
    retailer(code, "SHOPB", "12.25");
    order(code, "100.00", "SHOPA");
    order(code, "33.33", "shopa");
    Order gone = order(code, "80.00", "SHOPA");
    Order b = order(code, "19.99", "SHOPB");
    order(code, "50.00", null);
    assertEquals(new BigDecimal("12.25"), b.getRetailerRate(), "the rate of the day is kept");
    cancel(code, gone);

    MimeMessage notice =
        MailInbox.await(a.getEmail(), MailInbox.subjectContains(gone.getNumber()), MAIL_WAIT)
            .orElseThrow(() -> new AssertionError("the retailer hears of the cancellation"));
    assertTrue(MailInbox.text(notice).contains(gone.getNumber()));

    Map<String, Map<String, String>> rows = csv(code);
    assertEquals(Set.of("SHOPA", "SHOPB"), rows.keySet(), "the own order is in no row");
    Map<String, String> ra = rows.get("SHOPA");
    assertEquals("3", ra.get(col("orders")));
    assertEquals("1", ra.get(col("cancelled")));
    assertEquals("133.33", ra.get(col("net")), "the cancelled order's net is left out");
    assertEquals("10.00", ra.get(col("commission")), "133.33 × 7.5 % = 9.99975");
    assertEquals("7.50", ra.get(col("rate")));
    Map<String, String> rb = rows.get("SHOPB");
    assertEquals("1", rb.get(col("orders")));
    assertEquals("0", rb.get(col("cancelled")));
    assertEquals("19.99", rb.get(col("net")));
    assertEquals("2.45", rb.get(col("commission")), "19.99 × 12.25 % = 2.448775");

    XlsxSheet sheet = XlsxSheet.read(file(code, ReportFormat.XLSX), 1);
    String commission = sheet.column(col("commission"));
    String retailerCol = sheet.column(col("retailer"));
    Map<String, BigDecimal> byRetailer = new LinkedHashMap<>();
    for (int row = 2; row < 10; row++) {
      XlsxSheet.Cell who = sheet.cells.get(retailerCol + row);
      XlsxSheet.Cell value = sheet.cells.get(commission + row);
      if (who != null && value != null) {
        byRetailer.put(who.value(), new BigDecimal(value.value()));
      }
    }
    assertEquals(
        0, new BigDecimal("10.00").compareTo(byRetailer.get("SHOPA")), byRetailer::toString);
    assertEquals(
        0, new BigDecimal("2.45").compareTo(byRetailer.get("SHOPB")), byRetailer::toString);

    YearMonth month = YearMonth.from(today());
    assertEquals(2, summaries.sendFor(code, month), "one summary per retailer with an address");
    assertEquals(0, summaries.sendFor(code, month), "a second run sends nothing");
    MimeMessage summary =
        MailInbox.await(a.getEmail(), MailInbox.subjectContains("commission"), MAIL_WAIT)
            .orElseThrow(() -> new AssertionError("the summary reaches the retailer"));
    String text = MailInbox.text(summary);
    assertTrue(text.contains("€10.00"), text);
    assertTrue(text.contains("€133.33"), text);
    assertTrue(text.contains(gone.getNumber()), "the cancellation is listed: " + text);
    MailInbox.pause(3000);
    assertEquals(
        1,
        MailInbox.of(a.getEmail()).stream().filter(MailInbox.subjectContains("commission")).count(),
        "sent once");
    MimeMessage forB =
        MailInbox.await(
                Codes.email(code, "shopb"), MailInbox.subjectContains("commission"), MAIL_WAIT)
            .orElseThrow();
    assertTrue(MailInbox.text(forB).contains("€2.45"), MailInbox.text(forB));
  }

  @Test
  void theApiTakesAnActiveRetailersCodeAndRefusesAnUnknownOne() throws Exception {
    String code = Codes.newTenant(console);
    retailer(code, "WEB1", "5.00");
    String key = keys.issue(code, "test key", Set.copyOf(ApiKeys.SCOPES), null, "test").key();
    HttpResponse<String> placed = post(key, body("api-r-1", "\"retailer\":\"WEB1\","));
    assertEquals(201, placed.statusCode(), placed::body);
    String number = placed.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    Order o = as(code, () -> orders.getByNumber(number));
    assertEquals(new BigDecimal("5.00"), o.getRetailerRate());
    assertTrue(o.getRetailerId() != null);

    HttpResponse<String> unknown = post(key, body("api-r-2", "\"retailer\":\"NOPE\","));
    assertEquals(422, unknown.statusCode(), unknown::body);
    assertTrue(unknown.body().contains("\"field\":\"retailer\""), unknown.body());

    HttpResponse<String> none = post(key, body("api-r-3", ""));
    assertEquals(201, none.statusCode(), "without a retailer, as before: " + none.body());
  }

  @Test
  void anotherTenantNeitherSeesNorUsesTheRetailersAndHasNoneOfTheFigures() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    Retailer shop = retailer(a, "ONLYA", "10.00");
    order(a, "100.00", "ONLYA");
    assertTrue(as(b, () -> retailers.all()).isEmpty(), "B sees none of A's retailers");
    Throwable assign = unwrap(assertThrows(Exception.class, () -> order(b, "100.00", "ONLYA")));
    assertInstanceOf(BusinessException.class, assign);
    assertEquals("retailer", ((BusinessException) assign).field());
    assertInstanceOf(
        NotFoundException.class,
        unwrap(
            assertThrows(Exception.class, () -> as(b, () -> retailers.retire(shop.getId(), true)))),
        "B cannot retire A's retailer");
    assertTrue(csv(b).isEmpty(), "B's report has none of A's figures");
    assertEquals("10.00", csv(a).get("ONLYA").get(col("commission")));
    assertNull(as(b, () -> retailers.find(shop.getId())).orElse(null));
  }

  @Test
  void anAccountantDownloadsTheReportByItsUrl() {
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
    retailer(code, "BOOKS", "3.00");
    order(code, "100.00", "BOOKS");
    String url =
        "/files/reports/commissions.csv?from="
            + today().withDayOfMonth(1)
            + "&to="
            + today().plusDays(1)
            + "&lang=es";
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    WebSession.Download csv = WebSession.signIn(base, accountant, "accountant pw 1").download(url);
    assertEquals(200, csv.status());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.contains("Comisión"), "Spanish headers: " + text);
    assertTrue(text.contains("BOOKS") && text.contains("3.00"), text);
    WebSession.Download pdf =
        WebSession.signIn(base, accountant, "accountant pw 1")
            .download(url.replace(".csv", ".pdf"));
    assertEquals(200, pdf.status());
  }

  private static String body(String reference, String retailer) {
    return "{"
        + retailer
        + "\"type\":\"MTO\",\"model\":\"Derby\",\"externalReference\":\""
        + reference
        + "\",\"customer\":{\"name\":\"Ana Ruiz\",\"email\":\"ana@customer.example\"},"
        + "\"billingAddress\":{\"name\":\"Ana Ruiz\",\"line1\":\"Calle Mayor 1\","
        + "\"postalCode\":\"28001\",\"city\":\"Madrid\",\"country\":\"ES\"},"
        + "\"lines\":[{\"sku\":\"DRB-38\",\"description\":\"Derby, EU 38\",\"quantity\":1,"
        + "\"unitPrice\":\"100.00\"}]}";
  }

  private HttpResponse<String> post(String key, String json) throws Exception {
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api";
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base + "/v1/orders"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(r, HttpResponse.BodyHandlers.ofString());
  }
}
