package com.orderpool.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.MailInbox;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The e-mail journey in the browser: edit the Notify customer template with a live preview (and see
 * an error block saving), notify a customer from the order dashboard, receive the e-mail at the
 * test mail server with the new subject and the typed message, and find it sent in the outbox.
 */
class NotifyCustomerE2E {
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

  private static void waitForTextIn(String css, String part) {
    browser.waitUntil(d -> browser.text(css).contains(part) ? true : null);
  }

  @Test
  void editTheTemplatePreviewNotifyTheCustomerAndTheEmailArrives() throws Exception {
    String code = Codes.fresh();
    String customer = Codes.email(code, "client");
    String number = "10001-" + code;
    UiTenants.provisionAndLogin(browser, code, "workshop password");

    browser.open("/orders/pool.xhtml");
    browser.click("#openNewOrder");
    browser.type("#newOrderForm\\:model", "Chelsea");
    browser.type("#newOrderForm\\:customerName", "Dana Díaz");
    browser.type("#newOrderForm\\:customerEmail", customer);
    browser.fillAddress("newOrderForm", "billing", "Dana Díaz", "Carrer de Mallorca 401");
    browser.type("#newOrderForm\\:lines\\:0\\:description", "Chelsea boot, tan");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "200");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText(number);

    browser.open("/settings/templates.xhtml");
    browser.click("a[data-key='notify_customer/en']");
    waitForTextIn("#previewSubject", "News about your order 10042-" + code);
    browser.type("#tplForm\\:subject", "Oops {{#lines}} about {{order.number}}");
    waitForTextIn("#templateError", "Subject, line 1");
    assertFalse(browser.find("#tplForm\\:save").isEnabled(), "a broken template cannot be saved");
    browser.screenshot("51-template-error");

    browser.type("#tplForm\\:subject", "A word from the workshop about {{order.number}}");
    waitForTextIn("#previewSubject", "A word from the workshop about 10042-" + code);
    browser.type("#tplForm\\:orderNumber", number);
    waitForTextIn("#previewSubject", "A word from the workshop about " + number);
    assertTrue(browser.text("#previewText").contains("Hello Dana Díaz"));
    browser.screenshot("50-template-editor-preview");
    browser.click("#tplForm\\:save");
    browser.waitForText("saved.");
    waitForTextIn("tr.op-tpl-current", "Customised");

    browser.open("/orders/order.xhtml?number=" + number);
    browser.click("#dash\\:openNotify");
    waitForTextIn("#notifySubject", "A word from the workshop about " + number);
    String message = "Your boots are cut and stitched; they ship on Friday.";
    browser.type("#notifyForm\\:message", message);
    browser.waitUntil(
        d ->
            d.findElement(By.cssSelector("#notifyForm iframe"))
                    .getAttribute("srcdoc")
                    .contains("they ship on Friday")
                ? true
                : null);
    browser.screenshot("52-notify-customer-dialog");
    browser.click("#notifyForm\\:send");
    browser.waitForText("E-mail to " + customer + " queued.");

    MimeMessage mail =
        MailInbox.await(
                customer,
                MailInbox.subjectContains("A word from the workshop"),
                Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("the notification did not arrive"));
    assertEquals("A word from the workshop about " + number, mail.getSubject());
    String received = String.valueOf(plainText(mail));
    assertTrue(received.contains(message), received);

    browser.click("#dash\\:tabs a[href*='historyTab']");
    browser.waitForText("E-mail to customer");
    browser.waitForText("Notify customer");
    browser.screenshot("53-history-notified");

    browser.open("/settings/outbox.xhtml");
    String row = "//tr[contains(., 'A word from the workshop')]";
    browser.waitUntil(
        d -> {
          String text = d.findElement(By.xpath(row)).getText();
          if (text.contains("Sent")) {
            return true;
          }
          browser.click("#outboxForm\\:outbox\\:reload");
          return null;
        });
    browser.screenshot("54-outbox");
    browser.driver().findElement(By.xpath(row + "//button[contains(@id,'preview')]")).click();
    browser.waitForAjax();
    waitForTextIn("#previewText", message);
    browser.screenshot("55-outbox-preview");

    UiTenants.login(browser, TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
    browser.waitForText("Tenants");
    browser.open("/platform/outbox.xhtml");
    browser.type("#outboxForm\\:tenant_input", code);
    browser.click("li.ui-autocomplete-item[data-item-value='" + code + "']");
    browser.waitForText("A word from the workshop about " + number);
    assertTrue(
        browser.driver().findElements(By.cssSelector("button[id$=':preview']")).isEmpty(),
        "platform admins get no preview of a tenant's e-mails");
    browser.screenshot("56-platform-outbox");
  }

  private static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) part.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        String found = plainText(mp.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
