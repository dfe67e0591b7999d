package com.orderpool.partners;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiOrders;
import com.orderpool.support.UiTenants;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A partner made on the settings page (a field error first), then two orders selected in the pool
 * and submitted to partners at once: the one its rule takes shows Submitted in the Partners column,
 * with the partner in the hover text, and the message names the one no partner takes; on its
 * dashboard a Resubmit, after a confirmation, is in the history.
 */
class PartnersE2E {
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
  void aPartnerMadeOnTheSettingsPageGetsTheSelectedOrdersItsRuleTakes() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.driver().manage().window().setSize(new Dimension(1440, 900));

    browser.open("/settings/partners.xhtml");
    browser.waitForText("No partners yet.");
    browser.click("#addPartner");
    browser.find("#partnerForm\\:name");
    browser.type("#partnerForm\\:name", "Taller Elche");
    browser.chooseOne("partnerForm:ruleType", "Orders of these models");
    browser.find("#partnerForm\\:ruleValue");
    browser.type("#partnerForm\\:ruleValue", "Oxford");
    browser.type("#partnerForm\\:email", "pedidos@elche");
    browser.click("#partnerForm\\:savePartner");
    browser.waitForText("\"pedidos@elche\" is not an e-mail address.");
    browser.type("#partnerForm\\:email", Codes.email(code, "elche"));
    browser.click("#partnerForm\\:savePartner");
    browser.waitForText("Partner \"Taller Elche\" saved.");
    browser.waitUntil(
        d ->
            browser.text("#partnersForm\\:partners").contains("Orders of these models: Oxford")
                ? true
                : null);
    browser.dismissMessages();

    // an SFTP file drop besides the e-mail (nothing is sent until an order is submitted)
    browser.click("#partnersForm\\:partners\\:0\\:sftp");
    browser.waitForText("SFTP file drop");
    browser.type("#sftpForm\\:sftpHost", "sftp.elche.example");
    browser.typeNumber("#sftpForm\\:sftpPort_input", "2222");
    browser.type("#sftpForm\\:sftpUser", "orderpool");
    browser.click("#sftpForm\\:saveSftp");
    browser.waitForText("Enter the password of the partner's SFTP login.");
    browser.screenshot("100d-partner-sftp");
    browser.type("#sftpForm\\:sftpPassword", "elche pw 1");
    browser.type("#sftpForm\\:sftpFolder", "/incoming");
    browser.click("#sftpForm\\:saveSftp");
    browser.waitForText("The SFTP file drop of Taller Elche was saved.");
    browser.waitUntil(
        d ->
            browser
                    .text("#partnersForm\\:partners")
                    .contains("sftp://orderpool@sftp.elche.example:2222/incoming")
                ? true
                : null);
    browser.dismissMessages();
    browser.screenshot("100-partners-settings");
    browser.click("#partnersForm\\:partners\\:0\\:sftp");
    browser.click("#sftpForm\\:removeSftp");
    confirm();
    browser.waitForText("Taller Elche no longer gets files by SFTP.");
    browser.waitUntil(
        d ->
            Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return jQuery('.ui-dialog:visible, .ui-widget-overlay:visible')"
                                + ".length === 0;"))
                ? true
                : null);
    browser.dismissMessages();

    // the webhook channel's dialog offers the tenant's endpoints (none yet: only "None")
    browser.click("#partnersForm\\:partners\\:0\\:webhook");
    browser.waitForText("Endpoints are kept under Settings");
    browser.click("#hookForm\\:saveHook");
    browser.waitForText("Taller Elche no longer gets orders by webhook.");
    noDialogs();
    browser.dismissMessages();

    // a pull key bound to the partner, shown once
    browser.click("#partnersForm\\:partners\\:0\\:pullKey");
    browser.waitForText("A key bound to this partner reads only the orders submitted to it");
    browser.click("#partnerKeyForm\\:issueKey");
    browser.waitForText("it is shown only this once");
    String key = browser.find("#partnerKeyForm\\:keySecret").getAttribute("value");
    assertTrue(key.startsWith("opk_"), key);
    browser.click("#partnerKeyForm\\:keyDone");
    noDialogs();
    browser.typeNumber("#autoForm\\:autoHours_input", "2");
    browser.click("#autoForm\\:saveAuto");
    browser.waitForText(
        "Paid orders now go to their partners 2 hours after they enter production.");
    browser.dismissMessages();

    browser.open("/orders/pool.xhtml");
    UiOrders.create(browser, "Oxford", "Bea Buyer", Codes.email(code, "bea"));
    String oxford = "10001-" + code;
    browser.waitForText(oxford);
    browser.open("/orders/pool.xhtml");
    UiOrders.create(browser, "Derby", "Carl Client", Codes.email(code, "carl"));
    String derby = "10002-" + code;
    browser.waitForText(derby);

    browser.open("/orders/pool.xhtml");
    browser.waitForText(derby);
    List<WebElement> boxes =
        browser.driver().findElements(By.cssSelector("#poolForm\\:pool_data .ui-chkbox-box"));
    boxes.get(0).click();
    boxes.get(1).click();
    browser.click("#poolForm\\:submitPartners");
    confirm();
    browser.waitForText("Submissions to partners: 1.");
    browser.waitForText("No partner takes: " + derby);

    WebElement oxfordRow = row(oxford);
    String status =
        oxfordRow.findElement(By.cssSelector(".op-partner-status")).getAttribute("textContent");
    assertTrue(status.contains("Taller Elche") && status.contains("Submitted"), status);
    String hover =
        oxfordRow.findElement(By.cssSelector(".op-partner-status")).getAttribute("title");
    assertTrue(hover.startsWith("Taller Elche: Submitted"), hover);
    assertFalse(
        row(derby).getAttribute("textContent").contains("Submitted"),
        "the Derby goes to no partner: blank");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', inline: 'center'});",
            oxfordRow.findElement(By.cssSelector(".op-partner-status")));
    browser.screenshot("100b-pool-partners");

    // the dashboard's Partners tab: Resubmit, after a confirmation, is in the history
    browser.open("/orders/order.xhtml?number=" + oxford);
    browser.waitForText(oxford);
    browser.click("#dash\\:tabs a[href*='partnersTab']");
    browser.waitUntil(
        d -> browser.text("#dash\\:tabs\\:orderPartners").contains("Submitted") ? true : null);
    browser.click("#dash\\:tabs\\:orderPartners\\:0\\:resubmitPartner");
    confirm();
    browser.waitForText("Order " + oxford + " submitted to Taller Elche again.");
    browser.waitUntil(
        d -> browser.text("#dash\\:tabs\\:orderPartners").contains("2") ? true : null);
    browser.screenshot("100c-order-partners");
    browser.click("#dash\\:tabs a[href*='historyTab']");
    browser.waitUntil(
        d -> browser.text("#dash\\:tabs\\:history").contains("Resubmitted") ? true : null);
    assertTrue(browser.text("#dash\\:tabs\\:history").contains("Taller Elche"));

    // automatic submission is on (2 hours): a paid Oxford's countdown ticks on its Partners tab
    String paid = "10003-" + code;
    browser.open("/orders/pool.xhtml");
    UiOrders.create(browser, "Oxford", "Dora Paid", Codes.email(code, "dora"));
    browser.waitForText(paid);
    UiOrders.payInFull(browser, 0, "TRF-" + paid);
    browser.open("/orders/order.xhtml?number=" + paid);
    browser.waitForText(paid);
    browser.click("#dash\\:tabs a[href*='partnersTab']");
    browser.waitUntil(d -> browser.text("#countdownLeft").matches("1:5\\d:\\d\\d") ? true : null);
    assertTrue(
        browser.text("#dash\\:tabs\\:countdown").contains("Goes to its partners automatically in"));
    browser.screenshot("100e-order-countdown");

    // the keys page names the partner of its key
    browser.open("/settings/api-keys.xhtml");
    browser.waitUntil(d -> browser.text("#keysForm\\:keys").contains("Taller Elche") ? true : null);
  }

  private static void noDialogs() {
    browser.waitUntil(
        d ->
            Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return jQuery('.ui-dialog:visible, .ui-widget-overlay:visible')"
                                + ".length === 0;"))
                ? true
                : null);
  }

  /** Answers Yes in the confirmation once it has finished opening, and waits until it closes. */
  private static void confirm() {
    browser.waitUntil(
        d ->
            Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var c = jQuery('.ui-confirm-dialog:visible');"
                                + " return c.length === 1 && !c.is(':animated')"
                                + " && c.css('opacity') === '1';"))
                ? true
                : null);
    browser.click(".ui-confirm-dialog:not([style*='display: none']) .ui-confirmdialog-yes");
    browser.waitUntil(
        d ->
            Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript("return jQuery('.ui-confirm-dialog:visible').length === 0;"))
                ? true
                : null);
  }

  private static WebElement row(String number) {
    return browser.waitUntil(
        d -> {
          for (WebElement tr : d.findElements(By.cssSelector("#poolForm\\:pool_data > tr"))) {
            if (tr.getAttribute("textContent").contains(number)) {
              return tr;
            }
          }
          return null;
        });
  }
}
