package com.orderpool.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The platform admin moves a company to the second database server from the tenant list: the move
 * dialog shows where it is and where it can go, its button names the target, shows the progress,
 * and the list shows the new server when it is done.
 */
class TenantMoveE2E {
  @Test
  void aPlatformAdminMovesACompanyToTheSecondServer() {
    try (Browser b = new Browser(TestEnvironment.appUrl())) {
      String code = Codes.fresh();
      UiTenants.login(b, TestEnvironment.ADMIN_EMAIL, TestEnvironment.ADMIN_PASSWORD);
      b.waitForText("Tenants");
      UiTenants.provision(b, code, "Movers " + code, Codes.email(code, "owner"));
      b.click("#provisionForm\\:done");
      b.dismissMessages();
      b.waitUntil(
          d ->
              d.findElements(By.cssSelector(".ui-widget-overlay, .ui-dialog-mask")).stream()
                  .noneMatch(WebElement::isDisplayed));

      openMove(b, code);
      b.waitForText("Move Movers " + code + " (" + code + ") to another database server");
      assertTrue(b.text("#moveCurrent").contains("Now on main."));
      b.selectOne("moveForm:target", TestEnvironment.SECOND_SERVER);
      b.screenshot("tenant-move-dialog");

      assertTrue(
          b.text("#moveForm\\:moveStart").contains("Move to " + TestEnvironment.SECOND_SERVER));
      b.click("#moveForm\\:moveStart");
      b.waitUntil(d -> b.text("#moveForm").contains("Moved to " + TestEnvironment.SECOND_SERVER));
      b.screenshot("tenant-move-done");
      assertTrue(
          b.text("#tenantsForm\\:tenants_data").contains(TestEnvironment.SECOND_SERVER),
          "the list shows the company on its new server");

      // the same dialog in Spanish, offering the way back
      b.click("#moveForm\\:moveClose");
      b.chooseOne("topbar:language", "ES");
      b.waitForText("Consola de la plataforma"); // the page reloads in Spanish
      openMove(b, code);
      b.waitForText("Mover Movers " + code + " (" + code + ") a otro servidor de base de datos");
      assertTrue(b.text("#moveCurrent").contains("Ahora en " + TestEnvironment.SECOND_SERVER));
      assertTrue(b.text("#moveForm\\:moveStart").contains("Mover a main"));
      b.screenshot("tenant-move-es");
      b.click("#moveForm\\:moveClose");
      b.chooseOne("topbar:language", "EN");
      b.waitForText("Platform console");
    }
  }

  /** Filters the tenant list down to the company and opens its move dialog. */
  private static void openMove(Browser b, String code) {
    b.type("#tenantsForm\\:tenants\\:globalFilter", code);
    b.waitUntil(d -> b.text("#tenantsForm\\:tenants_data").contains("Movers " + code));
    b.click("#tenantsForm\\:tenants\\:0\\:move");
  }
}
