package com.orderpool.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settings > Documents in the browser: a wrong e-mail is refused next to its field, the branding is
 * saved, a logo is uploaded and previewed, and a broken design is refused with the compiler's
 * message on the page while the standard design stays in use.
 */
class DocumentsE2E {
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
  void brandingLogoAndABrokenDesign() throws IOException {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "documents password");

    browser.click("#navDocuments");
    browser.waitForText("Document designs");
    browser.type("#brandingForm\\:companyName", "Zapatos " + code + " S.L.");
    browser.type("#brandingForm\\:address", "Carrer de Pujades 77\n08005 Barcelona");
    browser.type("#brandingForm\\:vatId", "ESB12345678");
    browser.type("#brandingForm\\:email", "not an address");
    browser.type("#brandingForm\\:bankDetails", "IBAN ES91 2100 0418 4502 0005 1332");
    browser.click("#brandingForm\\:save");
    browser.waitForText("This is not a valid e-mail address.");
    browser.screenshot("80-documents-validation");

    browser.type("#brandingForm\\:email", "billing@" + code.toLowerCase() + ".test");
    browser.click("#brandingForm\\:save");
    browser.waitForText("Settings saved.");

    Path logo = Files.createTempFile("logo-", ".png");
    Files.write(logo, Logos.png(600, 180));
    browser.find("#logoForm\\:logoUpload_input").sendKeys(logo.toString());
    browser.waitForText("Logo saved.");
    browser.waitUntil(d -> browser.pageSource().contains("id=\"logoImage\"") ? true : null);

    Path broken = Files.createTempFile("broken-", ".jrxml");
    Files.writeString(
        broken,
        "<jasperReport name=\"x\"><title height=\"20\"><element kind=\"textField\" x=\"0\" y=\"0\""
            + " width=\"100\" height=\"20\"><expression><![CDATA[$P{NOPE}]]></expression>"
            + "</element></title></jasperReport>",
        StandardCharsets.UTF_8);
    browser.find("#designForm\\:designUpload_input").sendKeys(broken.toString());
    browser.waitForText("Why the design was refused");
    assertTrue(browser.text("#designErrorText").contains("NOPE"), browser.text("#designErrorText"));
    assertTrue(browser.text("#designOrigin").contains("Standard design"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('logoForm').scrollIntoView();");
    browser.screenshot("81-documents-settings");
    Files.deleteIfExists(logo);
    Files.deleteIfExists(broken);
  }
}
