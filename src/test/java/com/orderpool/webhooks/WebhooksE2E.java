package com.orderpool.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin adds a webhook endpoint: the secret is shown once, a test event reaches the receiver
 * signed with it, and the delivery log shows it delivered with HTTP 200.
 */
class WebhooksE2E {
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
  void anAdminAddsAnEndpointSeesTheSecretOnceAndATestEventIsDelivered() {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "webhook password");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
    try (Receiver receiver = Receiver.ok()) {
      browser.open("/settings/webhooks.xhtml");
      browser.waitForText("No endpoints yet");
      browser.click("#addEndpoint");
      browser.type("#endpointForm\\:url", receiver.url());
      browser.type("#endpointForm\\:description", "Shop sync");
      browser.click("#endpointForm\\:saveEndpoint");
      browser.waitForText("Copy this secret now");
      String secret = browser.text("#secretValue");
      assertTrue(secret.startsWith("whsec_"), secret);
      browser.screenshot("96-webhooks-secret");
      browser.click("#secretForm\\:secretDone");
      browser.waitUntil(d -> d.getPageSource().contains(secret) ? null : true);
      assertFalse(browser.pageSource().contains(secret), "the secret is shown only once");

      browser.click("#endpointsForm\\:endpoints\\:0\\:test");
      browser.waitForText("A test event is on its way");
      List<Receiver.Request> got =
          receiver.await(Receiver.bodyContains("webhook.test"), 1, Duration.ofSeconds(30));
      assertEquals(1, got.size(), "the test event reached the receiver");
      Receiver.Request r = got.get(0);
      assertTrue(
          SignatureCheck.verify(
              secret,
              r.header("webhook-id"),
              r.header("webhook-timestamp"),
              r.body(),
              r.header("webhook-signature")),
          "signed with the secret shown");

      browser.waitUntil(
          d -> {
            d.findElement(By.cssSelector("#logForm\\:refresh")).click();
            browser.waitForAjax();
            String log = browser.text("#logForm\\:deliveries");
            return log.contains("Delivered") && log.contains("200") ? true : null;
          });
      browser.dismissMessages();
      browser.screenshot("97-webhooks-log");
      browser.click("#logForm\\:deliveries\\:0\\:attempts");
      browser.waitUntil(
          d -> browser.text("#attemptsForm\\:attemptRows").contains("answer 200") ? true : null);
      browser.screenshot("98-webhooks-attempts");
      browser.driver().findElement(By.cssSelector("#attemptsForm .op-dialog-foot button")).click();

      // paused, a test event waits; resumed, it goes out
      browser.click("#endpointsForm\\:endpoints\\:0\\:pause");
      browser.waitForText("Deliveries to");
      assertTrue(browser.text("#endpointsForm\\:endpoints").contains("Paused"));
      browser.click("#endpointsForm\\:endpoints\\:0\\:test");
      browser.waitForText("A test event is on its way");
      browser.click("#logForm\\:refresh");
      browser.waitUntil(
          d -> browser.text("#endpointsForm\\:endpoints").contains("1 waiting") ? true : null);
      browser.dismissMessages();
      browser.screenshot("98b-webhooks-paused");
      assertEquals(
          1,
          receiver.requests().size(),
          "a paused endpoint gets nothing: " + browser.text("#endpointsForm\\:endpoints"));
      browser.click("#endpointsForm\\:endpoints\\:0\\:pause");
      browser.waitForText("resumed");
      assertEquals(
          2,
          receiver.await(Receiver.bodyContains("webhook.test"), 2, Duration.ofSeconds(30)).size(),
          "the waiting test event went out on resuming");
    }
  }
}
