package com.orderpool.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API reference page renders the server's OpenAPI document with Swagger UI served from the
 * application itself (no CDN), within the page's security policy.
 */
class ApiReferenceE2E {
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
  void theReferenceRendersTheOpenApiDocument() {
    UiTenants.provisionAndLogin(browser, Codes.fresh(), "workshop password");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));

    String spec = new String(browser.download("/openapi"), StandardCharsets.UTF_8);
    assertTrue(spec.contains("/api/v1/payments/callback/{provider}"), spec);
    assertTrue(spec.contains("/api/v1/orders/{number}/shipments"), spec);
    assertTrue(spec.contains("shop-1001"), "the order example: " + spec);
    assertTrue(spec.contains("bearer"), spec);

    browser.open("/settings/api-reference.xhtml");
    browser.waitForText("/api/v1/payments/callback/{provider}");
    browser.waitForText("Orderpool API");
    browser.waitForText("Place an order");
    assertEquals(200, browser.status("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js"));
    assertTrue(browser.cspViolations().isEmpty(), browser.cspViolations().toString());
    browser.screenshot("92-api-reference");
  }
}
