package com.orderpool.notifications;

import static com.orderpool.support.MailInbox.subjectContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.platform.boundary.AccountService;
import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.boundary.ProvisionRequest;
import com.orderpool.platform.boundary.UserService;
import com.orderpool.platform.entity.Role;
import com.orderpool.support.Codes;
import com.orderpool.support.Deployments;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestEnvironment;
import com.orderpool.tenancy.TenantRunner;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account e-mails through the tenant outbox and a real SMTP server: the welcome e-mail of a new
 * tenant's admin, a user invitation in the tenant's language, and "forgot password", which answers
 * the same for unknown addresses and never e-mails platform admins.
 */
@ExtendWith(ArquillianExtension.class)
class AccountMailsIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern TOKEN = Pattern.compile("set-password\\.xhtml\\?token=([\\w-]+)");

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMailTools();
  }

  @Inject PlatformConsole console;
  @Inject UserService users;
  @Inject AccountService accounts;
  @Inject TenantRunner runner;

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

  private void assertThrowsNotFound(String usedToken) {
    try {
      accounts.tokenOwner(usedToken);
    } catch (RuntimeException e) {
      return;
    }
    throw new AssertionError("a used link must not work again");
  }
}
