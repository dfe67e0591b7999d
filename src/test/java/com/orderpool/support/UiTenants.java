package com.orderpool.support;

import org.openqa.selenium.By;

/** Browser steps shared by journeys: sign in, and provision a tenant whose admin can sign in. */
public final class UiTenants {
  private UiTenants() {}

  public static void login(Browser browser, String email, String password) {
    browser.driver().manage().deleteAllCookies();
    browser.open("/login.xhtml");
    browser.type("#login\\:email", email);
    browser.type("#login\\:password", password);
    browser.click("#login\\:submit");
  }

  /**
   * Provisions a tenant through the platform console, sets its admin's password through the
   * one-time link and signs in as that admin. Returns the admin's e-mail.
   */
  public static String provisionAndLogin(Browser browser, String code, String password) {
    String email = Codes.email(code, "owner");
    login(browser, TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    browser.waitForText("Tenants");
    browser.click("#openProvision");
    browser.type("#provisionForm\\:companyName", "Workshop " + code);
    browser.type("#provisionForm\\:code", code);
    browser.type("#provisionForm\\:adminEmail", email);
    browser.click("#provisionForm\\:submit");
    String link =
        browser.waitUntil(
            d -> {
              String v =
                  d.findElement(By.cssSelector("#provisionForm\\:link")).getAttribute("value");
              return v == null || v.isBlank() ? null : v;
            });
    browser.driver().manage().deleteAllCookies();
    browser.open(link);
    browser.type("#pw\\:password", password);
    browser.type("#pw\\:confirmation", password);
    browser.click("#pw\\:submit");
    browser.waitForText("Your password is set");
    login(browser, email, password);
    browser.waitForText("Workshop " + code);
    return email;
  }
}
