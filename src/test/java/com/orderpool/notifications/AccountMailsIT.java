package com.orderpool.notifications;

import static com.orderpool.support.Failures.unwrap;
import static com.orderpool.support.MailInbox.subjectContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.core.BusinessException;
import com.orderpool.core.NotFoundException;
import com.orderpool.notifications.boundary.OutboxService;
import com.orderpool.notifications.boundary.PlatformOutbox;
import com.orderpool.notifications.boundary.TemplateService;
import com.orderpool.notifications.control.AccountMails;
import com.orderpool.notifications.entity.LinkMask;
import com.orderpool.notifications.entity.MailEvent;
import com.orderpool.notifications.entity.OutboxMessage;
import com.orderpool.notifications.entity.OutboxRow;
import com.orderpool.notifications.entity.TemplateParts;
import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.control.AccountLinkIssued;
import com.orderpool.platform.control.PlatformStore;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.platform.control.SignInThrottle;
import com.orderpool.platform.entity.Role;
import com.orderpool.platform.entity.UserAccount;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import com.orderpool.support.MailInbox;
import com.orderpool.support.RawHttp;
import com.orderpool.support.TestEnvironment;
import com.orderpool.tenancy.TenantRunner;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;

/**
 * Account e-mails through the tenant outbox and a real SMTP server: the welcome e-mail of a new
 * tenant's admin, a user invitation in the tenant's language, and "forgot password", which answers
 * the same for unknown addresses and never e-mails platform admins; it answers as fast for a known
 * address (the link goes out afterwards), and an invitation of another tenant's address answers
 * like any invitation and sends nothing. Links come from the configured base URL only, are masked
 * wherever people read the outbox, work once (also under a race) and end the user's other links;
 * their templates are not the tenant's to change.
 */
class AccountMailsIT extends InContainer {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern TOKEN = Pattern.compile("set-password\\.xhtml\\?token=([\\w-]+)");

  @Inject PlatformConsole console;
  @Inject UserService users;
  @Inject AccountService accounts;
  @Inject TenantRunner runner;
  @Inject AccountMails accountMails;
  @Inject OutboxService outbox;
  @Inject PlatformOutbox platformOutbox;
  @Inject TemplateService templates;
  @Inject PlatformStore store;
  @Inject HttpServletRequest request;

  private String tenant(String locale) {
    String code = Codes.fresh();
    ProvisionRequest r = new ProvisionRequest("Atelier " + code, code, Codes.email(code, "admin"));
    r.setLocale(locale);
    console.provision(r);
    return code;
  }

  private static String token(MimeMessage m) {
    Matcher t = TOKEN.matcher(MailInbox.text(m));
    assertTrue(t.find(), "the e-mail carries a set-password link");
    return t.group(1);
  }

  private static MimeMessage await(String to, String subject) {
    return MailInbox.await(to, subjectContains(subject), WAIT)
        .orElseThrow(() -> new AssertionError("no e-mail '" + subject + "' for " + to));
  }

  @Test
  void newTenantAdminGetsAWelcomeEmailWithAWorkingLink() {
    String code = tenant("en");
    String admin = Codes.email(code, "admin");
    MimeMessage welcome = await(admin, "Atelier " + code);
    assertTrue(MailInbox.text(welcome).contains("valid for 72 hours"));
    assertEquals(admin, accounts.tokenOwner(token(welcome)));
  }

  @Test
  void invitationArrivesInTheTenantsLanguageAndItsLinkSetsThePassword() throws Exception {
    String code = tenant("es");
    String invited = Codes.email(code, "sewing");
    runner.run(code, () -> users.invite(invited, "Núria Costa", Role.STAFF));
    MimeMessage m = await(invited, "Tu cuenta de Atelier " + code);
    assertTrue(MailInbox.text(m).contains("Núria Costa"), MailInbox.text(m));
    String token = token(m);
    accounts.setPassword(token, "a long enough password", "a long enough password");
    assertTrue(accounts.login(invited, "a long enough password", "192.0.2.20").isPresent());
  }

  @Test
  void forgotPasswordMailsTenantUsersOnlyAndTheLinkWorksOnce() {
    String code = tenant("en");
    String admin = Codes.email(code, "admin");
    await(admin, "Atelier " + code);
    accounts.requestPasswordReset(" " + admin.toUpperCase() + " ", "192.0.2.20");
    MimeMessage reset = await(admin, "Reset your password");
    assertTrue(MailInbox.text(reset).contains("valid for 60 minutes"), MailInbox.text(reset));
    String token = token(reset);
    accounts.setPassword(token, "brand new password", "brand new password");
    assertTrue(accounts.login(admin, "brand new password", "192.0.2.20").isPresent());
    assertThrowsNotFound(token);

    accounts.requestPasswordReset("nobody-" + code.toLowerCase() + "@example.test", "192.0.2.20");
    accounts.requestPasswordReset(TestEnvironment.ADMIN_EMAIL, "192.0.2.20");
    accounts.requestPasswordReset(null, "192.0.2.20");
    MailInbox.pause(3000);
    assertTrue(MailInbox.of("nobody-" + code.toLowerCase() + "@example.test").isEmpty());
    assertTrue(
        MailInbox.of(TestEnvironment.ADMIN_EMAIL).stream()
            .noneMatch(subjectContains("Reset your password")),
        "platform admins are not reset by e-mail");
  }

  @Test
  void forgotPasswordAnswersAtOnceAndTheLinksAreMailedAfterwards() {
    String code = tenant("en");
    String known = Codes.email(code, "admin");
    await(known, "Atelier " + code);
    String unknown = "nobody-" + code.toLowerCase() + "@example.test";
    accounts.requestPasswordReset("warm-up-" + unknown, "192.0.2.99");
    long[] knownNanos = new long[SignInThrottle.ACCOUNT_RESETS];
    long[] unknownNanos = new long[SignInThrottle.ACCOUNT_RESETS];
    for (int i = 0; i < knownNanos.length; i++) {
      unknownNanos[i] = timed(() -> accounts.requestPasswordReset(unknown, "192.0.2.99"));
      String from = "192.0.2." + (100 + i);
      knownNanos[i] = timed(() -> accounts.requestPasswordReset(known, from));
    }
    long knownMs = median(knownNanos) / 1_000_000;
    long unknownMs = median(unknownNanos) / 1_000_000;
    assertTrue(
        knownMs <= unknownMs + 20,
        () ->
            "a known address answers like an unknown one: " + knownMs + " vs " + unknownMs + " ms");

    long deadline = System.currentTimeMillis() + WAIT.toMillis();
    while (resets(known) < SignInThrottle.ACCOUNT_RESETS && System.currentTimeMillis() < deadline) {
      MailInbox.pause(500);
    }
    assertEquals(SignInThrottle.ACCOUNT_RESETS, resets(known), "each request mailed a link");
    accounts.requestPasswordReset(known, "192.0.2.110");
    MailInbox.pause(3000);
    assertEquals(SignInThrottle.ACCOUNT_RESETS, resets(known), "no more per account and hour");
    assertTrue(MailInbox.of(unknown).isEmpty());
  }

  @Test
  void invitingAnotherTenantsAddressAnswersLikeAnInvitationAndSendsNothing() {
    String a = tenant("en");
    String b = tenant("es");
    String bob = Codes.email(a, "bob");
    String real = runner.call(a, () -> users.invite(bob, "Bob", Role.STAFF));
    await(bob, "Atelier " + a);

    String answer = runner.call(b, () -> users.invite(bob.toUpperCase(), "Bob", Role.STAFF));
    assertEquals(real.length(), answer.length(), "the same answer as an invitation");
    assertThrowsNotFound(answer);
    assertEquals(a, store.user(bob).orElseThrow().getTenant().getCode(), "Bob stays in A");
    String platformAdmin = TestEnvironment.ADMIN_EMAIL;
    assertEquals(
        real.length(),
        runner.call(b, () -> users.invite(platformAdmin, "Admin", Role.STAFF)).length(),
        "a platform admin's address answers the same");
    assertEquals(Role.PLATFORM_ADMIN, store.user(platformAdmin).orElseThrow().getRole());

    MailInbox.pause(3000);
    assertEquals(1, MailInbox.of(bob).size(), "Bob got A's invitation only, nothing from B");
    assertTrue(
        MailInbox.of(platformAdmin).stream().noneMatch(subjectContains("Atelier " + b)),
        "nothing from B to the platform admin");
  }

  private static long resets(String email) {
    return MailInbox.of(email).stream().filter(subjectContains("Reset your password")).count();
  }

  private static long timed(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  @Test
  void resetLinksUseTheConfiguredAddressWhateverHostTheRequestNames() {
    String code = tenant("en");
    String admin = Codes.email(code, "admin");
    await(admin, "Atelier " + code);
    RawHttp http = new RawHttp(request.getLocalPort(), "evil.example:666");
    RawHttp.Response page = http.get("/forgot-password.xhtml");
    assertEquals(200, page.status(), page.body());
    RawHttp.Response sent =
        http.postForm(
            "/forgot-password.xhtml",
            "forgot",
            page.viewState(),
            Map.of("email", admin, "submit", ""));
    assertEquals(200, sent.status(), sent.body());
    assertTrue(sent.body().contains("forgotDone"), "the page says a link is on its way");
    String text = MailInbox.text(await(admin, "Reset your password"));
    assertTrue(text.contains(TestEnvironment.BASE_URL + "/set-password.xhtml?token="), text);
    assertFalse(text.contains("evil.example"), text);
  }

  @Test
  void withoutABaseUrlNoLinkEmailIsQueuedAndTheInviterIsToldWhy() {
    String code = tenant("en");
    long before = runner.call(code, () -> outbox.count(null));
    AccountLinkIssued invitation =
        new AccountLinkIssued(
            code,
            Codes.email(code, "nolink"),
            "No Link",
            "a-raw-token",
            AccountLinkIssued.Purpose.INVITATION,
            Duration.ofHours(72),
            "Admin");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> runner.call(code, () -> accountMails.queue(invitation, Optional.empty())));
    assertEquals(AccountMails.NO_BASE_URL, refused.messageKey());
    AccountLinkIssued reset =
        new AccountLinkIssued(
            code,
            Codes.email(code, "admin"),
            "Admin",
            "another-raw-token",
            AccountLinkIssued.Purpose.PASSWORD_RESET,
            Duration.ofHours(1),
            null);
    assertTrue(runner.call(code, () -> accountMails.queue(reset, Optional.empty())).isEmpty());
    assertEquals(before, runner.call(code, () -> outbox.count(null)), "nothing was queued");
  }

  @Test
  void outboxPreviewsMaskTheLinkAndLinkTemplatesCannotBeChanged() {
    String code = tenant("en");
    String admin = Codes.email(code, "admin");
    String token = token(await(admin, "Atelier " + code));
    OutboxMessage listed =
        runner.call(code, () -> outbox.recent(10)).stream()
            .filter(m -> m.getEvent() == MailEvent.USER_INVITATION)
            .findFirst()
            .orElseThrow();
    OutboxMessage shown = runner.call(code, () -> outbox.get(listed.getId()));
    for (OutboxMessage m : List.of(listed, shown)) {
      assertFalse(m.getTextBody().contains(token), m.getTextBody());
      assertFalse(m.getHtmlBody().contains(token), "the HTML preview hides the token");
      assertTrue(m.getHtmlBody().contains(LinkMask.MASK), m.getHtmlBody());
    }
    assertTrue(
        shown.getTextBody().contains("/set-password.xhtml?token=" + LinkMask.MASK),
        shown.getTextBody());
    List<OutboxRow> rows = platformOutbox.page(code, null, 0, 50);
    assertTrue(rows.stream().anyMatch(r -> r.event() == MailEvent.USER_INVITATION));
    assertTrue(rows.stream().noneMatch(r -> r.toString().contains(token)));
    assertEquals(admin, accounts.tokenOwner(token), "masking changes what is shown only");

    TemplateParts elsewhere =
        new TemplateParts("Reset", "<a href=\"https://evil.example/?{{link}}\">go</a>", "{{link}}");
    for (MailEvent locked : List.of(MailEvent.PASSWORD_RESET, MailEvent.USER_INVITATION)) {
      Throwable saved =
          unwrap(
              assertThrows(
                  Exception.class,
                  () -> runner.call(code, () -> templates.save(locked, "en", elsewhere))));
      assertEquals(
          "template.locked", assertInstanceOf(BusinessException.class, saved).messageKey());
      Throwable reset =
          unwrap(
              assertThrows(
                  Exception.class,
                  () -> runner.run(code, () -> templates.resetToDefault(locked, "es"))));
      assertEquals(
          "template.locked", assertInstanceOf(BusinessException.class, reset).messageKey());
      assertFalse(runner.call(code, () -> templates.isCustomised(locked, "en")));
    }
  }

  @Test
  void aLinkWorksOnceEvenWhenTwoRequestsUseItAtTheSameTime() throws Exception {
    String code = tenant("en");
    String invited = Codes.email(code, "twice");
    String token = runner.call(code, () -> users.invite(invited, "Twice Tried", Role.STAFF));
    ManagedExecutorService pool =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> calls = new ArrayList<>();
    for (String password : List.of("first racing password", "second racing password")) {
      Callable<String> call =
          () -> {
            start.await();
            try {
              accounts.setPassword(token, password, password);
              return password;
            } catch (NotFoundException e) {
              return "refused";
            }
          };
      calls.add(pool.submit(call));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> f : calls) {
      outcomes.add(f.get(60, TimeUnit.SECONDS));
    }
    assertEquals(1, outcomes.stream().filter("refused"::equals).count(), outcomes.toString());
    String winner = outcomes.stream().filter(o -> !o.equals("refused")).findFirst().orElseThrow();
    String loser = winner.startsWith("first") ? "second racing password" : "first racing password";
    assertTrue(accounts.login(invited, winner, "192.0.2.40").isPresent());
    assertTrue(accounts.login(invited, loser, "192.0.2.40").isEmpty());
    assertThrows(NotFoundException.class, () -> accounts.tokenOwner(token));
  }

  @Test
  void issuingOrUsingALinkEndsTheUsersOtherLinks() {
    String code = tenant("en");
    String invited = Codes.email(code, "relink");
    String invitation = runner.call(code, () -> users.invite(invited, "Re Link", Role.STAFF));
    UserAccount user = store.user(invited).orElseThrow();
    String reset = store.issueResetToken(user);
    assertThrows(NotFoundException.class, () -> accounts.tokenOwner(invitation));
    assertEquals(invited, accounts.tokenOwner(reset));
    String newer = store.issueResetToken(user);
    assertThrows(NotFoundException.class, () -> accounts.tokenOwner(reset));
    accounts.setPassword(newer, "the final password", "the final password");
    assertThrows(
        NotFoundException.class,
        () -> accounts.setPassword(newer, "another password!", "another password!"));
    assertThrows(
        NotFoundException.class,
        () -> accounts.setPassword(reset, "another password!", "another password!"));
    assertTrue(accounts.login(invited, "the final password", "192.0.2.40").isPresent());
  }

  private void assertThrowsNotFound(String usedToken) {
    try {
      accounts.tokenOwner(usedToken);
    } catch (RuntimeException e) {
      return;
    }
    throw new AssertionError("a used link must not work again");
  }
}
