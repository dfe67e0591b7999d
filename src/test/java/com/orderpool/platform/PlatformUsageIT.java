package com.orderpool.platform;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.ForbiddenException;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderHistoryEntry;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.PlatformUsage;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.control.PlatformAdmins;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.TenantUsage;
import com.orderpool.platform.control.UsageMonths;
import com.orderpool.platform.control.UsageReport;
import com.orderpool.platform.entity.Role;
import com.orderpool.platform.entity.TenantStatus;
import com.orderpool.reports.Logos;
import com.orderpool.reports.boundary.BrandingService;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestMoney;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.PersistenceUnits;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The platform console's usage figures: two tenants with known orders (one cancelled in each month,
 * some placed last month), revenue in each tenant's currency, active users, storage (schema plus
 * files, a logo counted to the byte), last activity, the CSV export over HTTP, and callers who are
 * not platform admins refused.
 */
class PlatformUsageIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject PlatformUsage usage;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject UserService users;
  @Inject BrandingService branding;
  @Inject PlatformStore store;
  @Inject AccountService accounts;
  @Inject PlatformAdmins admins;
  @Inject TenantRunner runner;
  @Inject Clock clock;
  @Inject ZoneId zone;
  @Inject HttpServletRequest request;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  /** Tenant A (EUR): two orders last month (one cancelled), three this month (one cancelled). */
  private record TenantA(String code, BigDecimal thisMonth, BigDecimal lastMonth, Order latest) {}

  private TenantA tenantA(UsageMonths months) throws SQLException {
    String code = Codes.newTenant(console);
    Order old1 = place(code, "100.00");
    Order old2 = place(code, "70.00");
    cancel(code, old2);
    Instant lastMonthDay = months.lastStart().plus(Duration.ofDays(2)).plusSeconds(36_000);
    backdate(code, old1, lastMonthDay);
    backdate(code, old2, lastMonthDay.plusSeconds(60));

    Order now1 = place(code, "200.00");
    Order now2 = place(code, "40.00");
    cancel(code, place(code, "999.00"));
    Order latest = place(code, "12.00");
    // one active staff user besides the admin, and one deactivated
    runner.call(code, () -> users.invite(Codes.email(code, "sam"), "Sam", Role.STAFF));
    runner.call(code, () -> users.invite(Codes.email(code, "gone"), "Gone", Role.ACCOUNTANT));
    long gone = store.user(Codes.email(code, "gone")).orElseThrow().getId();
    runner.run(code, () -> users.deactivate(gone));
    return new TenantA(
        code, now1.getTotal().add(now2.getTotal()).add(latest.getTotal()), old1.getTotal(), latest);
  }

  @Test
  void figuresPerTenantForThisMonthAndLast() throws Exception {
    UsageMonths months = UsageMonths.of(clock.instant(), zone);
    TenantA a = tenantA(months);
    // the figures are the order totals with VAT (21 %): 242 + 48.40 + 14.52 this month, 121 last
    assertEquals(new BigDecimal("304.92"), a.thisMonth());
    assertEquals(new BigDecimal("121.00"), a.lastMonth());

    String b = Codes.fresh();
    ProvisionRequest r = new ProvisionRequest("Dollar Co " + b, b, Codes.email(b, "admin"));
    r.setCurrency("USD");
    console.provision(r);
    Order bOrder = place(b, "80.00");

    UsageReport report = usage.report();
    assertEquals(months, report.months(), "the months of the server's zone, as instants");
    TenantUsage ua = row(report, a.code());
    assertEquals("Co " + a.code(), ua.getName());
    assertEquals(TenantStatus.ACTIVE, ua.getStatus());
    assertEquals("EUR", ua.getCurrency());
    assertEquals(4L, ua.getOrdersThisMonth(), "cancelled orders are placed orders too");
    assertEquals(2L, ua.getOrdersLastMonth());
    assertEquals(a.thisMonth(), ua.getRevenueThisMonth(), "cancelled excluded");
    assertEquals(a.lastMonth(), ua.getRevenueLastMonth(), "cancelled excluded");
    assertEquals(Map.of(), ua.getOtherRevenueThisMonth());
    assertEquals(2, ua.getActiveUsers(), "the admin and Sam; the deactivated user is not");
    assertTrue(ua.getDatabaseBytes() > 0, "the schema's tables take room");
    assertEquals(0, ua.getFileBytes(), "no files yet");
    assertEquals(ua.getDatabaseBytes(), ua.getStorageBytes());

    // last activity: the latest order, as its history entry wrote it (microseconds later)
    List<OrderHistoryEntry> history =
        runner.call(a.code(), () -> orders.history(a.latest().getId()));
    Instant lastWritten = history.get(history.size() - 1).getAt();
    assertEquals(lastWritten, ua.getLastActivity());
    assertFalse(ua.getLastActivity().isBefore(a.latest().getCreatedAt()));
    assertTrue(
        Duration.between(a.latest().getCreatedAt(), ua.getLastActivity()).toMillis() < 1000,
        "the latest order's time: " + a.latest().getCreatedAt() + " vs " + ua.getLastActivity());

    TenantUsage ub = row(report, b);
    assertEquals("USD", ub.getCurrency(), "each tenant in its own currency");
    assertEquals(1L, ub.getOrdersThisMonth());
    assertEquals(0L, ub.getOrdersLastMonth());
    assertEquals(bOrder.getTotal(), ub.getRevenueThisMonth());
    assertEquals(new BigDecimal("0.00"), ub.getRevenueLastMonth());
    assertEquals(1, ub.getActiveUsers());

    // a logo counts in the files to the byte; the schema is measured as the database reports it
    byte[] logo = Logos.png(300, 90);
    runner.run(b, () -> branding.uploadLogo(logo));
    TenantUsage withLogo = row(usage.report(), b);
    assertEquals(logo.length, withLogo.getFileBytes());
    assertTrue(withLogo.getDatabaseBytes() > 0);
    assertEquals(
        withLogo.getDatabaseBytes() + logo.length, withLogo.getStorageBytes(), "schema + files");
  }

  @Test
  void theCsvHasAHeaderAndOneRowPerTenantWithTheFigures() throws Exception {
    UsageMonths months = UsageMonths.of(clock.instant(), zone);
    TenantA a = tenantA(months);
    String admin = "usage-" + Codes.fresh().toLowerCase() + "@orderpool.test";
    admins.create(admin, Optional.of("usage admin password"), Files.createTempDirectory("u"));
    WebSession session = WebSession.signIn(base(), admin, "usage admin password");

    WebSession.Page page = session.get("/platform/usage.xhtml");
    assertEquals(200, page.status());
    // the page shows 25 tenants at a time, by code (the tenant's own row is checked in the CSV)
    String first = usage.report().tenants().get(0).getCode();
    assertTrue(page.body().contains(">" + first + "<"), "the first tenant's row");
    assertTrue(page.body().contains("cancelled orders excluded"), "the page says so");

    WebSession.Download csv = session.download("/platform/usage.csv?lang=en");
    assertEquals(200, csv.status());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    List<String> lines = Arrays.asList(csv.text().replace("\uFEFF", "").split("\r\n"));
    String thisMonth = months.thisMonth().toString();
    String lastMonth = months.lastMonth().toString();
    assertEquals(
        "Code,Company name,Status,Currency,Orders "
            + thisMonth
            + ",Orders "
            + lastMonth
            + ",Revenue "
            + thisMonth
            + ",Revenue "
            + lastMonth
            + ",Other currencies "
            + thisMonth
            + ",Other currencies "
            + lastMonth
            + ",Active users,Database bytes,File bytes,Storage bytes,Last activity",
        lines.get(0));
    UsageReport after = usage.report();
    assertTrue(
        lines.size() - 1 >= after.tenants().size() - 1
            && lines.size() - 1 <= after.tenants().size(),
        "one row per tenant (another test may provision one meanwhile): " + (lines.size() - 1));
    List<String> rows = lines.stream().filter(l -> l.startsWith(a.code() + ",")).toList();
    assertEquals(1, rows.size(), "one row for tenant " + a.code());
    TenantUsage ua = row(after, a.code());
    String lastActivity =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(LocalDateTime.ofInstant(ua.getLastActivity(), zone));
    assertEquals(
        String.join(
            ",",
            a.code(),
            "Co " + a.code(),
            "Active",
            "EUR",
            "4",
            "2",
            a.thisMonth().toPlainString(),
            a.lastMonth().toPlainString(),
            "",
            "",
            "2",
            String.valueOf(ua.getDatabaseBytes()),
            "0",
            String.valueOf(ua.getStorageBytes()),
            lastActivity),
        rows.get(0));
    assertTrue(ua.getDatabaseBytes() > 0);
  }

  @Test
  void onlyPlatformAdminsGetTheFigures() throws Exception {
    ExecutorService plain = Executors.newSingleThreadExecutor();
    try {
      Throwable refused =
          assertThrows(ExecutionException.class, () -> plain.submit(() -> usage.report()).get());
      assertInstanceOf(
          ForbiddenException.class, unwrap(refused.getCause()), "neither signed in nor system");
    } finally {
      plain.shutdownNow();
    }

    String code = Codes.fresh();
    String token =
        console
            .provision(new ProvisionRequest("Co " + code, code, Codes.email(code, "admin")))
            .setPasswordToken();
    accounts.setPassword(token, "tenant admin password", "tenant admin password");
    WebSession tenantAdmin =
        WebSession.signIn(base(), Codes.email(code, "admin"), "tenant admin password");
    assertEquals(404, tenantAdmin.get("/platform/usage.xhtml").status(), "a tenant admin");
    WebSession.Download csv = tenantAdmin.download("/platform/usage.csv");
    assertEquals(404, csv.status(), "a tenant admin gets no CSV");
    assertFalse(csv.text().contains(code + ","), "and no figures");
    // the sign-in counts as the tenant's last activity
    TenantUsage u = row(usage.report(), code);
    assertNotNull(u.getLastActivity());
    assertEquals(0L, u.getOrdersThisMonth());
  }

  private static TenantUsage row(UsageReport report, String code) {
    return report.tenants().stream()
        .filter(u -> u.getCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no usage row for " + code));
  }

  private Order place(String code, String net) {
    return runner.call(
        code, () -> orders.create(TestMoney.priced(Codes.email(code, "buyer"), net)));
  }

  private void cancel(String code, Order o) {
    runner.call(code, () -> workflow.cancel(o.getId(), "changed mind", null, o.getVersion()));
  }

  /** Moves an order and its history to another time, as if it had been placed then. */
  private void backdate(String code, Order o, Instant at) throws SQLException {
    String schema = TenantSchema.of(code);
    try (Connection c = dataSource.getConnection()) {
      for (String sql :
          List.of(
              "UPDATE `" + schema + "`.customer_order SET created_at = ? WHERE id = ?",
              "UPDATE `" + schema + "`.order_history SET at = ? WHERE order_id = ?")) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setTimestamp(1, Timestamp.from(at));
          s.setLong(2, o.getId());
          assertTrue(s.executeUpdate() >= 1, sql);
        }
      }
    }
  }

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
  }
}
