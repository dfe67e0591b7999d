package com.orderpool.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Live updates reach the open order pools of the same tenant only: one user's new order appears in
 * a colleague's pool without a reload, and another tenant's pool receives nothing.
 */
class LivePoolE2E {
  private static long pushes(Browser b) {
    return ((Number)
            ((JavascriptExecutor) b.driver()).executeScript("return window.orderpoolPushes || 0;"))
        .longValue();
  }

  @Test
  void aNewOrderReachesOnlyTheSameTenantsPools() throws Exception {
    String url = TestEnvironment.appUrl();
    String a = Codes.fresh();
    String b = Codes.fresh();
    try (Browser watcherA = new Browser(url);
        Browser actorA = new Browser(url);
        Browser watcherB = new Browser(url)) {
      String emailA = UiTenants.provisionAndLogin(watcherA, a, "tenant a password");
      UiTenants.provisionAndLogin(watcherB, b, "tenant b password");
      UiTenants.login(actorA, emailA, "tenant a password");
      actorA.waitForText("Workshop " + a);

      watcherA.open("/orders/pool.xhtml");
      watcherB.open("/orders/pool.xhtml");
      watcherA.waitForText("No orders yet");
      watcherB.waitForText("No orders yet");
      Thread.sleep(1500);

      actorA.open("/orders/pool.xhtml");
      actorA.click("#openNewOrder");
      actorA.type("#newOrderForm\\:model", "Loafer");
      actorA.type("#newOrderForm\\:customerName", "Live Customer");
      actorA.type("#newOrderForm\\:customerEmail", "live@example.test");
      actorA.fillAddress("newOrderForm", "billing", "Live Buyer", "Carrer de Mallorca 401");
      actorA.fillLine("newOrderForm", 0, "Loafer, tan", "150");
      actorA.click("#newOrderForm\\:submit");
      actorA.waitForText("10001-" + a);

      try {
        watcherA.waitForText("10001-" + a);
      } catch (AssertionError e) {
        StringBuilder log = new StringBuilder("pushes=" + pushes(watcherA) + "; console: ");
        watcherA
            .driver()
            .manage()
            .logs()
            .get("browser")
            .forEach(l -> log.append(l.getMessage()).append(" | "));
        throw new AssertionError(log.toString(), e);
      }
      watcherA.screenshot("30-live-update-same-tenant");
      Thread.sleep(2000);
      assertEquals(1, pushes(watcherA), "the colleague's pool got one push");
      assertEquals(0, pushes(watcherB), "the other tenant got nothing");
      assertFalse(watcherB.pageSource().contains("10001-" + a));
    }
  }
}
