package com.orderpool.support;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Browser steps shared by journeys: sign in, and provision a tenant whose admin can sign in. */
public final class UiTenants {
  private UiTenants() {}

  public static void login(Browser browser, String email, String password) {
    browser.forgetSession();
    browser.open("/login.xhtml");
    browser.type("#login\\:email", email);
    browser.type("#login\\:password", password);
    browser.click("#login\\:submit");
  }

  /** The one-time set-password link of the newest account e-mail that arrived for a user. */
  public static String setPasswordLink(String email) {
    MimeMessage mail =
        MailInbox.await(email, m -> true, Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no account e-mail arrived for " + email));
    Matcher m = LINK.matcher(MailInbox.text(mail));
    if (!m.find()) {
      throw new AssertionError("no set-password link in the e-mail to " + email);
    }
    return m.group();
  }

  /**
   * On the platform console's tenant list (signed in as a platform admin): provisions a tenant
   * through the dialog and waits until its welcome e-mail is on its way; the dialog stays open.
   */
  public static void provision(Browser browser, String code, String companyName, String email) {
    browser.click("#openProvision");
    browser.type("#provisionForm\\:companyName", companyName);
    browser.type("#provisionForm\\:code", code);
    browser.type("#provisionForm\\:adminEmail", email);
    browser.click("#provisionForm\\:submit");
    browser.waitForText("is on its way to " + email);
  }

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/set-password\\.xhtml\\?token=[\\w-]+");

  /**
   * Provisions a tenant through the platform console, sets its admin's password through the
   * one-time link of the welcome e-mail and signs in as that admin. Returns the admin's e-mail.
   */
  public static String provisionAndLogin(Browser browser, String code, String password) {
    String email = Codes.email(code, "owner");
    login(browser, TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    browser.waitForText("Tenants");
    provision(browser, code, "Workshop " + code, email);
    // the link names the server's public address; open it on the server this browser uses (a
    // cluster node's own address, say)
    java.net.URI link = java.net.URI.create(setPasswordLink(email));
    browser.forgetSession();
    browser.open(link.getRawPath() + "?" + link.getRawQuery());
    browser.type("#pw\\:password", password);
    browser.type("#pw\\:confirmation", password);
    browser.click("#pw\\:submit");
    browser.waitForText("Your password is set");
    login(browser, email, password);
    browser.waitForText("Workshop " + code);
    return email;
  }
}
