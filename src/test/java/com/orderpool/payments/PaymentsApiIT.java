package com.orderpool.payments;

import static com.orderpool.payments.ApiCalls.assertProblem;
import static com.orderpool.support.Failures.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.ConflictException;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.orders.boundary.LineInput;
import com.orderpool.orders.boundary.NewOrder;
import com.orderpool.orders.boundary.OrderService;
import com.orderpool.orders.boundary.OrderWorkflow;
import com.orderpool.orders.entity.Order;
import com.orderpool.orders.entity.OrderType;
import com.orderpool.orders.entity.PaymentStatus;
import com.orderpool.orders.entity.Phase;
import com.orderpool.payments.ApiCalls.Reply;
import com.orderpool.payments.boundary.PaymentInput;
import com.orderpool.payments.boundary.PaymentReminderService;
import com.orderpool.payments.boundary.PaymentSetup;
import com.orderpool.payments.boundary.Payments;
import com.orderpool.payments.control.PaymentReminders;
import com.orderpool.payments.entity.Payment;
import com.orderpool.payments.entity.PaymentMethod;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.TestOrders;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The payment-provider callback over HTTP (signature, staleness, replays, tenant isolation, problem
 * answers) and payment reminders (due ones once per period, never for paid, cancelled or other
 * tenants' orders; one by hand).
 */
class PaymentsApiIT extends InContainer {

  @Inject PlatformConsole console;
  @Inject OrderService orders;
  @Inject OrderWorkflow workflow;
  @Inject Payments payments;
  @Inject PaymentSetup setup;
  @Inject PaymentReminders reminders;
  @Inject PaymentReminderService reminderService;
  @Inject OutboxService outbox;
  @Inject TenantRunner runner;
  @Inject Clock clock;
  @Inject HttpServletRequest request;
  @Inject PlatformStore platform;

  private <T> T as(String code, Supplier<T> work) {
    return runner.call(code, work);
  }

  /** 100.00 + 2 × 25.00 + 10.00 shipping, 21 % VAT: 193.60 EUR. */
  private Order order(String code, String email, String language) {
    NewOrder cmd = TestOrders.of(OrderType.MTO, "Oxford", 1, "Ann Ávila", email);
    cmd.setLines(
        List.of(
            new LineInput("OX-1", "Oxford, brown", 1, new BigDecimal("100.00")),
            new LineInput("LC-2", "Laces", 2, new BigDecimal("25.00"))));
    cmd.setShippingCost(new BigDecimal("10.00"));
    cmd.setCustomerLanguage(language);
    return as(code, () -> orders.create(cmd));
  }

  private Order order(String code) {
    return order(code, Codes.email(code, "ann"), null);
  }

  private Order reload(String code, Order o) {
    return as(code, () -> orders.get(o.getId()));
  }

  private List<Payment> paymentsOf(String code, Order o) {
    return as(code, () -> payments.of(o.getId()));
  }

  private String newSecret(String code, String provider) {
    return as(code, () -> setup.addProvider(provider));
  }

  private String sign(String body, String secret) {
    return ApiCalls.sign(body, secret, clock.instant());
  }

  private static String sign(String body, String secret, Instant at) {
    return ApiCalls.sign(body, secret, at);
  }

  private static String event(String id, String order, String amount, String currency) {
    return ApiCalls.event(id, order, amount, currency);
  }

  private ApiCalls api() {
    return new ApiCalls("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath());
  }

  private Reply post(String provider, String body, String signature) {
    return api().post(provider, body, signature);
  }

  private Reply send(String path, String method, String body, String signature) {
    return api().send(path, method, body, signature);
  }

  private static <T extends Throwable> T fails(Class<T> type, Runnable work) {
    return assertInstanceOf(type, unwrap(assertThrows(Exception.class, work::run)));
  }

  @Test
  void signedCallbacksPayAnOrderWhichLaunchesOnceFullyPaidAndReplaysRecordNothing() {
    String code = Codes.newTenant(console);
    String secret = newSecret(code, "stripe");
    Order o = order(code);
    assertEquals(new BigDecimal("193.60"), o.getTotal());

    String first = event("evt_1", o.getNumber(), "100.00", "EUR");
    Reply r = post("stripe", first, sign(first, secret));
    assertEquals(200, r.status(), r::toString);
    assertEquals("recorded", r.json().getString("status"));
    assertEquals(o.getNumber(), r.json().getString("order"));
    assertEquals("PARTIALLY_PAID", r.json().getString("paymentStatus"));
    Order partly = reload(code, o);
    assertEquals(PaymentStatus.PARTIALLY_PAID, partly.getPaymentStatus());
    assertEquals(Phase.PENDING_PAYMENT, partly.getPhase());
    assertNull(partly.getWipStartAt());
    List<Payment> rows = paymentsOf(code, o);
    assertEquals(1, rows.size());
    Payment p = rows.get(0);
    assertEquals(PaymentMethod.PSP, p.getMethod());
    assertEquals(new BigDecimal("100.00"), p.getAmount());
    assertEquals("EUR", p.getCurrency());
    assertEquals("stripe", p.getProvider());
    assertEquals("evt_1", p.getProviderEventId());
    assertEquals("pi_evt_1", p.getReference());

    String second = event("evt_2", o.getNumber(), "93.60", "EUR");
    r = post("stripe", second, sign(second, secret));
    assertEquals(200, r.status(), r::toString);
    assertEquals("PAID", r.json().getString("paymentStatus"));
    Order paid = reload(code, o);
    assertEquals(PaymentStatus.PAID, paid.getPaymentStatus());
    assertEquals(Phase.IN_PRODUCTION, paid.getPhase(), "launched once fully paid");
    assertNotNull(paid.getWipStartAt(), "with a WIP start date");
    assertEquals(new BigDecimal("193.60"), paid.getAmountPaid());

    // the provider retries: same event, freshly signed
    r = post("stripe", second, sign(second, secret));
    assertEquals(200, r.status(), r::toString);
    assertEquals("duplicate", r.json().getString("status"));
    r = post("stripe", first, sign(first, secret));
    assertEquals("duplicate", r.json().getString("status"), "also once the order is paid");
    assertEquals(2, paymentsOf(code, o).size(), "exactly one payment per event");
    assertEquals(paid.getVersion(), reload(code, o).getVersion());

    String failed =
        "{\"id\":\"evt_3\",\"type\":\"payment.failed\",\"data\":{\"order\":\""
            + o.getNumber()
            + "\"}}";
    r = post("stripe", failed, sign(failed, secret));
    assertEquals(200, r.status(), r::toString);
    assertEquals("unchanged", r.json().getString("status"), "a paid order is left alone");
    String other =
        "{\"id\":\"evt_4\",\"type\":\"charge.updated\",\"data\":{\"order\":\""
            + o.getNumber()
            + "\"}}";
    r = post("stripe", other, sign(other, secret));
    assertEquals(200, r.status(), r::toString);
    assertEquals("ignored", r.json().getString("status"));
    assertEquals(2, paymentsOf(code, o).size());
    assertEquals(PaymentStatus.PAID, reload(code, o).getPaymentStatus());
  }

  @Test
  void badStaleOrMissingSignaturesAnswer401AndRecordNothing() {
    String code = Codes.newTenant(console);
    String secret = newSecret(code, "stripe");
    Order o = order(code);
    String body = event("evt_bad", o.getNumber(), "10.00", "EUR");

    assertProblem(post("stripe", body, sign(body, "not-the-secret")), 401, "unauthenticated");
    assertProblem(post("stripe", body, null), 401, "unauthenticated");
    assertProblem(post("stripe", body, "t=1,v1=nothex"), 401, "unauthenticated");
    Instant stale = clock.instant().minusSeconds(301);
    assertProblem(post("stripe", body, sign(body, secret, stale)), 401, "unauthenticated");
    Instant future = clock.instant().plusSeconds(301);
    assertProblem(post("stripe", body, sign(body, secret, future)), 401, "unauthenticated");
    String other = event("evt_bad", o.getNumber(), "99.00", "EUR");
    assertProblem(post("stripe", other, sign(body, secret)), 401, "unauthenticated");
    assertProblem(post("adyen", body, sign(body, secret)), 401, "unauthenticated");
    assertProblem(post("Bad.Name", body, sign(body, secret)), 401, "unauthenticated");
    String unknownTenant = event("evt_bad", "10001-" + Codes.fresh(), "10.00", "EUR");
    Reply r = post("stripe", unknownTenant, sign(unknownTenant, secret));
    assertProblem(r, 401, "unauthenticated");
    assertEquals(
        "The request could not be authenticated.",
        r.json().getString("detail"),
        "the same answer whatever failed");

    assertTrue(paymentsOf(code, o).isEmpty(), "nothing recorded");
    Order same = reload(code, o);
    assertEquals(PaymentStatus.UNPAID, same.getPaymentStatus());
    assertEquals(o.getVersion(), same.getVersion());

    // once the secret is rotated, the new one works and the old one still does for a while
    String rotated = as(code, () -> setup.rotateSecret("stripe"));
    r = post("stripe", body, sign(body, rotated));
    assertEquals(200, r.status(), r::toString);
    String more = event("evt_old", o.getNumber(), "1.00", "EUR");
    assertEquals(200, post("stripe", more, sign(more, secret)).status(), "previous secret");
    as(
        code,
        () -> {
          setup.removeProvider("stripe");
          return null;
        });
    String after = event("evt_removed", o.getNumber(), "1.00", "EUR");
    assertProblem(post("stripe", after, sign(after, rotated)), 401, "unauthenticated");
    assertEquals(2, paymentsOf(code, o).size());
  }

  @Test
  void oneTenantsSecretNeverPaysAnotherTenantsOrder() {
    String a = Codes.newTenant(console);
    String b = Codes.newTenant(console);
    String secretA = newSecret(a, "stripe");
    String secretB = newSecret(b, "stripe");
    Order orderB = order(b);
    String body = event("evt_x", orderB.getNumber(), "50.00", "EUR");

    assertProblem(post("stripe", body, sign(body, secretA)), 401, "unauthenticated");
    Order same = reload(b, orderB);
    assertEquals(PaymentStatus.UNPAID, same.getPaymentStatus());
    assertEquals(0, same.getAmountPaid().signum());
    assertEquals(orderB.getVersion(), same.getVersion());
    assertTrue(paymentsOf(b, orderB).isEmpty());

    Reply r = post("stripe", body, sign(body, secretB));
    assertEquals(200, r.status(), r::toString);
    assertEquals(1, paymentsOf(b, orderB).size());
    assertEquals(PaymentStatus.PARTIALLY_PAID, reload(b, orderB).getPaymentStatus());
  }

  @Test
  void unreadableOrRefusedEventsAnswerProblems() {
    String code = Codes.newTenant(console);
    String secret = newSecret(code, "stripe");
    Order o = order(code);

    Reply r = post("stripe", "{\"id\": \"evt_1\", ", sign("{", secret));
    assertProblem(r, 400, "malformed-json");
    assertEquals("The request body is not valid JSON.", r.json().getString("detail"));
    assertProblem(post("stripe", "[1,2]", null), 400, "malformed-json");

    String noAmount =
        "{\"id\":\"evt_n\",\"type\":\"payment.succeeded\",\"data\":{\"order\":\""
            + o.getNumber()
            + "\",\"currency\":\"EUR\"}}";
    r = post("stripe", noAmount, sign(noAmount, secret));
    assertProblem(r, 400, "validation");
    assertEquals(
        "data.amount", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    String tooMuch = event("evt_big", o.getNumber(), "193.61", "EUR");
    r = post("stripe", tooMuch, sign(tooMuch, secret));
    assertProblem(r, 422, "business-rule");
    assertEquals("psp.amount.exceedsBalance", r.json().getString("code"));
    assertTrue(r.json().getString("detail").contains("193.60"), r::toString);
    assertEquals(
        "data.amount", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    String dollars = event("evt_usd", o.getNumber(), "10.00", "USD");
    assertProblem(post("stripe", dollars, sign(dollars, secret)), 422, "business-rule");

    String missing = event("evt_404", "99999-" + code, "10.00", "EUR");
    r = post("stripe", missing, sign(missing, secret));
    assertProblem(r, 404, "not-found");

    String huge = "{\"id\":\"evt_h\",\"type\":\"x\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
    assertProblem(post("stripe", huge, sign(huge, secret)), 413, "payload-too-large");

    assertTrue(paymentsOf(code, o).isEmpty(), "nothing recorded");
    assertEquals(PaymentStatus.UNPAID, reload(code, o).getPaymentStatus());

    // the API never sends callers to the login page, and unknown things are problems too
    Reply protectedCall = send("/api/v1/orders", "GET", null, null);
    assertProblem(protectedCall, 401, "unauthenticated");
    assertNull(protectedCall.location(), "no redirect to the login page");
    assertProblem(
        send("/api/v1/payments/callback/stripe", "GET", null, null), 405, "method-not-allowed");
  }

  @Test
  void dueRemindersGoOutOncePerPeriodInTheCustomersLanguage() {
    String code = Codes.newTenant(console);
    String other = Codes.newTenant(console);
    Order unpaid = order(code, Codes.email(code, "ana"), "es");
    Order partly = order(code);
    Order paid = order(code);
    Order cancelled = order(code);
    Order otherTenants = order(other);
    as(code, () -> payments.markPaid(paid.getId(), "paid at the counter", paid.getVersion()));
    PaymentInput cash =
        new PaymentInput(PaymentMethod.CASH, new BigDecimal("10.00"), LocalDate.now(clock));
    as(code, () -> payments.record(partly.getId(), cash, partly.getVersion()));
    as(
        code,
        () -> workflow.cancel(cancelled.getId(), "changed mind", null, cancelled.getVersion()));

    Instant now = clock.instant();
    assertEquals(0, as(code, () -> reminders.sendDue(now)), "nothing is due yet");
    Instant later = now.plus(Duration.ofDays(8));
    assertEquals(2, as(code, () -> reminders.sendDue(later)));
    assertEquals(0, as(code, () -> reminders.sendDue(later)), "a second run sends none");
    assertEquals(
        0, as(code, () -> reminders.sendDue(later.plus(Duration.ofDays(6)))), "same period");

    List<OutboxMessage> toAna = remindersOf(code, unpaid);
    assertEquals(1, toAna.size());
    assertEquals(Codes.email(code, "ana"), toAna.get(0).getRecipient());
    assertEquals("es", toAna.get(0).getLanguage());
    assertTrue(toAna.get(0).getSubject().startsWith("Recordatorio"), toAna.get(0).getSubject());
    assertTrue(toAna.get(0).getSubject().contains(unpaid.getNumber()));
    assertEquals(1, remindersOf(code, partly).size());
    assertEquals("en", remindersOf(code, partly).get(0).getLanguage());
    assertTrue(remindersOf(code, paid).isEmpty(), "paid orders get none");
    assertTrue(remindersOf(code, cancelled).isEmpty(), "cancelled orders get none");
    Order reminded = reload(code, unpaid);
    assertEquals(1, reminded.getRemindersSent());
    assertEquals(later, reminded.getLastReminderAt());
    assertTrue(
        as(code, () -> orders.history(unpaid.getId())).stream()
            .anyMatch(h -> "paymentReminder".equals(h.getField())));

    // the other tenant's overdue order is untouched; its outbox has no reminder
    assertTrue(remindersOf(other, otherTenants).isEmpty());
    assertEquals(0, reload(other, otherTenants).getRemindersSent());
    assertTrue(
        as(other, () -> outbox.recent(50)).stream()
            .noneMatch(m -> m.getEvent() == MailEvent.PAYMENT_REMINDER));

    // the next period reminds again
    assertEquals(
        2, as(code, () -> reminders.sendDue(later.plus(Duration.ofDays(7)).plusSeconds(1))));
    assertEquals(2, reload(code, unpaid).getRemindersSent());
  }

  @Test
  void aReminderByHandIsRefusedForCancelledAndPaidOrders() {
    String code = Codes.newTenant(console);
    Order unpaid = order(code);
    Order paid = order(code);
    Order cancelled = order(code);
    Order settledPaid =
        as(code, () -> payments.markPaid(paid.getId(), "paid in cash", paid.getVersion()));
    Order settledCancelled =
        as(
            code,
            () -> workflow.cancel(cancelled.getId(), "changed mind", null, cancelled.getVersion()));

    Order reminded = remindNow(code, unpaid.getId(), unpaid.getVersion());
    assertEquals(1, reminded.getRemindersSent());
    assertEquals(1, remindersOf(code, unpaid).size());
    fails(ConflictException.class, () -> remindNow(code, unpaid.getId(), unpaid.getVersion()));
    assertEquals(
        "reminder.paid",
        fails(
                BusinessException.class,
                () -> remindNow(code, paid.getId(), settledPaid.getVersion()))
            .messageKey());
    long version = settledCancelled.getVersion();
    assertEquals(
        "reminder.cancelled",
        fails(BusinessException.class, () -> remindNow(code, cancelled.getId(), version))
            .messageKey());
    assertTrue(remindersOf(code, paid).isEmpty());
    assertTrue(remindersOf(code, cancelled).isEmpty());
  }

  @Test
  void tenantAdminsSeeThePaymentSettingsPage() {
    String code = Codes.newTenant(console);
    newSecret(code, "stripe");
    String admin = Codes.email(code, "admin");
    platform.setPassword(admin, "payments-page-secret");
    HttpClient browser = api().signIn(admin, "payments-page-secret");

    String page = api().page(browser, "/settings/payments.xhtml");
    assertTrue(page.contains("id=\"navPaymentSettings\""), "in the settings menu");
    assertTrue(page.contains("Payment providers"), page);
    assertTrue(page.contains("/api/v1/payments/callback/stripe"), "the callback URL");
    assertTrue(page.contains("INV-{yyyy}-{seq:6}"), "the invoice number format");
    assertTrue(page.contains("Generate secret"));
    String secret = as(code, () -> setup.rotateSecret("stripe"));
    assertFalse(api().page(browser, "/settings/payments.xhtml").contains(secret), "never listed");
  }

  private Order remindNow(String code, long orderId, long version) {
    return as(code, () -> reminderService.remindNow(orderId, version));
  }

  private List<OutboxMessage> remindersOf(String code, Order o) {
    return as(code, () -> outbox.ofOrder(o.getId())).stream()
        .filter(m -> m.getEvent() == MailEvent.PAYMENT_REMINDER)
        .toList();
  }
}
