package com.orderpool.reports;

import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ForbiddenException;
import com.orderpool.core.NotFoundException;
import com.orderpool.invoicing.boundary.Invoicing;
import com.orderpool.invoicing.entity.Invoice;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.entity.Order;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.ProvisionResult;
import com.orderpool.platform.entity.Role;
import com.orderpool.reports.boundary.ReportSubscriptions;
import com.orderpool.reports.control.RegisterTexts;
import com.orderpool.reports.control.ReportDeliveryTimer;
import com.orderpool.reports.control.ReportFormat;
import com.orderpool.reports.entity.Frequency;
import com.orderpool.support.AsCaller;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestMoney;
import com.orderpool.support.Transactions;
import com.orderpool.support.WebSession;
import com.orderpool.tenancy.TenantRunner;
import com.orderpool.tenancy.TenantSettings;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Scheduled reports: an accountant and an admin subscribe on their own behalf; at the next period
 * boundary each gets one e-mail with the report attached, in the language they chose, and a second
 * run sends nothing; nobody else (another user, another tenant, staff, the system caller) sees or
 * ends a person's subscription, and a deactivated subscriber gets nothing.
 */
class ReportSubscriptionsIT extends InContainer {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject PlatformConsole console;
  @Inject AccountService accounts;
  @Inject UserService users;
  @Inject OrderService orders;
  @Inject Invoicing invoicing;
  @Inject TenantSettings settings;
  @Inject Transactions tx;
  @Inject TenantRunner runner;
  @Inject ReportSubscriptions subscriptions;
  @Inject ReportDeliveryTimer timer;
  @Inject OutboxService outbox;
  @Inject HttpServletRequest request;
  @Inject ZoneId zone;
  @Inject Clock clock;

  /** A tenant with a signed-in admin, accountant and staff member. */
  record People(
      String code,
      String adminEmail,
      WebSession admin,
      String accountantEmail,
      WebSession accountant,
      WebSession staff) {}

  private People people() {
    String code = Codes.fresh();
    ProvisionResult t =
        console.provision(
            new ProvisionRequest("Company " + code, code, Codes.email(code, "admin")));
    accounts.setPassword(t.setPasswordToken(), "admin password 1", "admin password 1");
    String acc = Codes.email(code, "books");
    accounts.setPassword(
        as(code, () -> users.invite(acc, "Alba Cuentas", Role.ACCOUNTANT)),
        "accountant pw 1",
        "accountant pw 1");
    String staff = Codes.email(code, "staff");
    accounts.setPassword(
        as(code, () -> users.invite(staff, "Sam Staff", Role.STAFF)),
        "staff password 1",
        "staff password 1");
    return new People(
        code,
        t.adminEmail(),
        WebSession.signIn(base(), t.adminEmail(), "admin password 1"),
        acc,
        WebSession.signIn(base(), acc, "accountant pw 1"),
        WebSession.signIn(base(), staff, "staff password 1"));
  }

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  /** An order of 100.00 net (121.00 with VAT) invoiced today. */
  private Invoice invoiceToday(String code) {
    as(
        code,
        () ->
            tx.committing(
                () -> {
                  settings.put("invoice.mode", "MANUAL");
                  return null;
                }));
    var cmd = TestMoney.priced(Codes.email(code, "ann"), "100.00");
    cmd.setCustomerName("Ann Ávila");
    Order o = as(code, () -> orders.create(cmd));
    return as(code, () -> invoicing.issue(o.getId()));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /** Half an hour into the first day of next month: this month's report is due. */
  private Instant firstOfNextMonth() {
    return today()
        .withDayOfMonth(1)
        .plusMonths(1)
        .atStartOfDay(zone)
        .plus(Duration.ofMinutes(30))
        .toInstant();
  }

  private List<OutboxMessage> reportMails(String code) {
    return as(code, () -> outbox.recent(200)).stream()
        .filter(m -> m.getEvent() == MailEvent.REPORT_DELIVERY)
        .toList();
  }

  @Test
  void eachSubscriberGetsTheirReportOncePerPeriodInTheirLanguage() throws Exception {
    People p = people();
    Invoice invoice = invoiceToday(p.code());
    ReportSubscriptions.Row acc =
        AsCaller.call(
            p.accountant(),
            () ->
                subscriptions.subscribe(
                    "invoices", ReportFormat.PDF, Frequency.MONTHLY, "es", null));
    AsCaller.call(
        p.admin(),
        () -> subscriptions.subscribe("invoices", ReportFormat.CSV, Frequency.MONTHLY, "en", ""));
    LocalDate nextMonth = today().withDayOfMonth(1).plusMonths(1);
    assertEquals(nextMonth, acc.nextDelivery(), "the first report at the next boundary");
    List<ReportSubscriptions.Row> mine =
        AsCaller.call(p.accountant(), () -> subscriptions.mine("en"));
    assertEquals(1, mine.size(), "only my own: " + mine);
    assertEquals(RegisterTexts.of("invoices", "en").title(), mine.get(0).title());
    assertEquals("es", mine.get(0).language());

    BusinessException twice =
        assertInstanceOf(
            BusinessException.class,
            unwrap(
                assertThrows(
                    Exception.class,
                    () ->
                        AsCaller.call(
                            p.accountant(),
                            () ->
                                subscriptions.subscribe(
                                    "invoices",
                                    ReportFormat.PDF,
                                    Frequency.MONTHLY,
                                    "en",
                                    null)))));
    assertEquals(ReportSubscriptions.DUPLICATE, twice.messageKey());
    BusinessException unknown =
        assertInstanceOf(
            BusinessException.class,
            unwrap(
                assertThrows(
                    Exception.class,
                    () ->
                        AsCaller.call(
                            p.accountant(),
                            () ->
                                subscriptions.subscribe(
                                    "payroll", ReportFormat.PDF, Frequency.MONTHLY, "en", null)))));
    assertEquals("reports.subscriptions.unknownReport", unknown.messageKey());

    assertEquals(0, as(p.code(), () -> timer.sendDue(clock.instant())), "nothing due yet");
    Instant boundary = firstOfNextMonth();
    assertEquals(2, as(p.code(), () -> timer.sendDue(boundary)), "one report each");
    assertEquals(0, as(p.code(), () -> timer.sendDue(boundary)), "a second run sends nothing");
    assertEquals(
        0,
        as(p.code(), () -> timer.sendDue(boundary.plus(Duration.ofDays(3)))),
        "nor later in the month");

    List<OutboxMessage> queued = reportMails(p.code());
    assertEquals(2, queued.size(), "exactly one e-mail per subscription: " + queued);
    OutboxMessage toAcc =
        queued.stream()
            .filter(m -> m.getRecipient().equals(p.accountantEmail()))
            .findFirst()
            .orElseThrow();
    assertEquals("es", toAcc.getLanguage());

    String esTitle = RegisterTexts.of("invoices", "es").title();
    MimeMessage es =
        MailInbox.await(p.accountantEmail(), MailInbox.subjectContains(esTitle), WAIT)
            .orElseThrow(() -> new AssertionError("no report e-mail to the accountant"));
    assertTrue(es.getSubject().startsWith("Informe programado"), es.getSubject());
    BodyPart pdf = attachment(es);
    assertTrue(pdf.getFileName().endsWith(".pdf"), pdf.getFileName());
    assertTrue(pdf.isMimeType("application/pdf"), pdf.getContentType());
    String text = PdfText.text(pdf.getInputStream().readAllBytes());
    assertTrue(text.contains(esTitle), "the Spanish register: " + text);
    assertTrue(text.contains(invoice.getNumber()), "this month's invoice: " + text);
    assertTrue(text.contains("121,00"), "Spanish numbers: " + text);
    assertTrue(MailInbox.text(es).contains("Hola"), MailInbox.text(es));

    String enTitle = RegisterTexts.of("invoices", "en").title();
    MimeMessage en =
        MailInbox.await(p.adminEmail(), MailInbox.subjectContains(enTitle), WAIT)
            .orElseThrow(() -> new AssertionError("no report e-mail to the admin"));
    assertTrue(en.getSubject().startsWith("Scheduled report"), en.getSubject());
    BodyPart csv = attachment(en);
    assertEquals(
        "invoices-" + today().withDayOfMonth(1) + "-" + nextMonth + ".csv", csv.getFileName());
    String rows = new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(rows.contains(invoice.getNumber()) && rows.contains("121.00"), rows);
    assertEquals(1, MailInbox.of(p.adminEmail()).stream().filter(this::isReport).count());
    assertEquals(1, MailInbox.of(p.accountantEmail()).stream().filter(this::isReport).count());

    assertEquals(
        nextMonth.plusMonths(1),
        AsCaller.call(p.accountant(), () -> subscriptions.mine("es")).get(0).nextDelivery(),
        "this month is sent: the next one goes out a month later");
  }

  @Test
  void nobodyElseSeesOrEndsMySubscription() {
    People a = people();
    People b = people();
    long id =
        AsCaller.call(
                a.accountant(),
                () ->
                    subscriptions.subscribe(
                        "payments", ReportFormat.XLSX, Frequency.WEEKLY, "en", "eur"))
            .id();
    assertEquals(List.of(), AsCaller.call(a.admin(), () -> subscriptions.mine("en")));
    assertNotFound(() -> AsCaller.call(a.admin(), () -> unsubscribe(id)), "another user's");
    assertEquals(List.of(), AsCaller.call(b.admin(), () -> subscriptions.mine("en")));
    assertNotFound(() -> AsCaller.call(b.admin(), () -> unsubscribe(id)), "another tenant's");
    assertNotFound(() -> AsCaller.call(b.accountant(), () -> unsubscribe(id)), "another tenant's");

    List<ReportSubscriptions.Row> mine =
        AsCaller.call(a.accountant(), () -> subscriptions.mine("en"));
    assertEquals(1, mine.size(), "still there");
    assertEquals("EUR", mine.get(0).currency());
    AsCaller.call(a.accountant(), () -> unsubscribe(id));
    assertEquals(List.of(), AsCaller.call(a.accountant(), () -> subscriptions.mine("en")));
    assertNotFound(() -> AsCaller.call(a.accountant(), () -> unsubscribe(id)), "gone");
  }

  @Test
  void staffAndTheSystemCallerAreRefused() {
    People p = people();
    assertInstanceOf(
        ForbiddenException.class,
        unwrap(
            assertThrows(
                Exception.class, () -> AsCaller.call(p.staff(), () -> subscriptions.mine("en")))));
    assertInstanceOf(
        ForbiddenException.class,
        unwrap(
            assertThrows(
                Exception.class,
                () ->
                    AsCaller.call(
                        p.staff(),
                        () ->
                            subscriptions.subscribe(
                                "invoices", ReportFormat.PDF, Frequency.MONTHLY, "en", null)))));
    assertInstanceOf(
        ForbiddenException.class,
        unwrap(assertThrows(Exception.class, () -> as(p.code(), () -> subscriptions.mine("en")))),
        "a subscription is a person's");
  }

  @Test
  void aDeactivatedSubscriberGetsNothing() {
    People p = people();
    invoiceToday(p.code());
    AsCaller.call(
        p.accountant(),
        () -> subscriptions.subscribe("invoices", ReportFormat.CSV, Frequency.MONTHLY, "en", null));
    long accountantId =
        as(p.code(), () -> users.users()).stream()
            .filter(u -> u.email().equals(p.accountantEmail()))
            .findFirst()
            .orElseThrow()
            .id();
    as(
        p.code(),
        () -> {
          users.deactivate(accountantId);
          return null;
        });
    assertEquals(0, as(p.code(), () -> timer.sendDue(firstOfNextMonth())));
    assertEquals(List.of(), reportMails(p.code()));
  }

  private Void unsubscribe(long id) {
    subscriptions.unsubscribe(id);
    return null;
  }

  private static void assertNotFound(org.junit.jupiter.api.function.Executable call, String whose) {
    assertInstanceOf(NotFoundException.class, unwrap(assertThrows(Exception.class, call)), whose);
  }

  private boolean isReport(MimeMessage m) {
    try {
      return m.getSubject() != null
          && (m.getSubject().startsWith("Scheduled report")
              || m.getSubject().startsWith("Informe programado"));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  /** The first attached file of a message. */
  private static BodyPart attachment(MimeMessage m) throws Exception {
    Multipart mixed = (Multipart) m.getContent();
    for (int i = 0; i < mixed.getCount(); i++) {
      BodyPart part = mixed.getBodyPart(i);
      if (part.getFileName() != null) {
        return part;
      }
    }
    throw new AssertionError("no attachment in " + m.getSubject());
  }

  private String base() {
    return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
  }
}
