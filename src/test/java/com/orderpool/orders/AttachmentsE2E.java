package com.orderpool.orders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orderpool.support.Browser;
import com.orderpool.support.Codes;
import com.orderpool.support.TestEnvironment;
import com.orderpool.support.UiTenants;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Attachments in the browser: upload a PNG to line 1 of an order, see its thumbnail, download the
 * same bytes, get a clear message for a renamed web page, and delete the file again.
 */
class AttachmentsE2E {
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

  private static Path uploads() throws Exception {
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "e2e-uploads");
    Files.createDirectories(dir);
    return dir;
  }

  /** A small artwork PNG: a gradient with a label. */
  private static Path artwork() throws Exception {
    BufferedImage img = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0x2f6fed), 640, 420, new Color(0xf59e0b)));
    g.fillRect(0, 0, 640, 420);
    g.setColor(Color.WHITE);
    g.fillOval(220, 110, 200, 200);
    g.setColor(new Color(0x111827));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
    g.drawString("Oxford", 250, 225);
    g.dispose();
    Path file = uploads().resolve("oxford-preview.png");
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  private static List<WebElement> cards() {
    return browser.driver().findElements(By.cssSelector(".op-attach-card"));
  }

  private static void upload(Path file) {
    browser.find("#dash\\:tabs\\:upload_input").sendKeys(file.toAbsolutePath().toString());
    browser.waitForAjax();
  }

  /** Fetches a URL with the browser's session; returns status, headers and the body in base64. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fetch(String url) {
    return (Map<String, Object>)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {redirect: 'manual'}).then(async r => {"
                    + " const bytes = new Uint8Array(await r.arrayBuffer()); let s = '';"
                    + " bytes.forEach(b => s += String.fromCharCode(b));"
                    + " done({status: r.status, type: r.headers.get('content-type'),"
                    + " nosniff: r.headers.get('x-content-type-options'),"
                    + " disposition: r.headers.get('content-disposition'), body: btoa(s)});"
                    + "}).catch(e => done({status: -1, body: '', error: String(e)}));",
                url);
  }

  @Test
  void uploadShowDownloadRefuseAndDelete() throws Exception {
    String code = Codes.fresh();
    UiTenants.provisionAndLogin(browser, code, "workshop password");
    browser.open("/orders/pool.xhtml");
    browser.click("#openNewOrder");
    browser.type("#newOrderForm\\:model", "Oxford");
    browser.type("#newOrderForm\\:customerName", "Bea Buyer");
    browser.type("#newOrderForm\\:customerEmail", "bea@example.test");
    browser.fillAddress("newOrderForm", "billing", "Bea Buyer", "Carrer de Mallorca 401");
    browser.type("#newOrderForm\\:lines\\:0\\:description", "Oxford, black calf");
    browser.typeNumber("#newOrderForm\\:lines\\:0\\:unitPrice_input", "180");
    browser.click("#newOrderForm\\:submit");
    browser.waitForText("10001-" + code);

    browser.open("/orders/order.xhtml?number=10001-" + code);
    browser.click("#dash\\:tabs a[href*='products']");
    browser.waitForText("No files for this line yet.");

    Path png = artwork();
    upload(png);
    browser.waitForText("File \"oxford-preview.png\" uploaded.");
    WebElement img =
        browser.waitUntil(
            d -> {
              WebElement i = d.findElement(By.cssSelector(".op-attach-card img"));
              Object w =
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return arguments[0].complete ? arguments[0].naturalWidth : 0;", i);
              return ((Number) w).intValue() > 0 ? i : null;
            });
    assertEquals(
        240L,
        ((JavascriptExecutor) browser.driver())
            .executeScript("return arguments[0].naturalWidth;", img),
        "the thumbnail is 240 px wide");
    assertEquals(1, cards().size());
    assertTrue(browser.text(".op-attach-card").contains("Preview image"));
    browser.screenshot("40-attachments-uploaded");

    String href = browser.find(".op-attach-card a.op-attach-name").getAttribute("href");
    Map<String, Object> download = fetch(href);
    assertEquals(200L, download.get("status"));
    assertEquals("image/png", download.get("type"));
    assertEquals("nosniff", download.get("nosniff"));
    assertTrue(
        String.valueOf(download.get("disposition"))
            .startsWith("attachment; filename=\"oxford-preview.png\""),
        String.valueOf(download.get("disposition")));
    assertArrayEquals(
        Files.readAllBytes(png), Base64.getDecoder().decode((String) download.get("body")));
    assertEquals(404L, fetch(href.replaceAll("/\\d+$", "/987654321")).get("status"));

    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(302, anonymous.statusCode(), "no session: sent to the login page");
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"));

    Path fake = uploads().resolve("fake.png");
    Files.writeString(fake, "<html><script>alert(1)</script></html>", StandardCharsets.UTF_8);
    upload(fake);
    browser.waitForText("This file type is not allowed.");
    assertEquals(1, cards().size(), "nothing saved for the refused file");
    browser.screenshot("41-attachments-refused");

    browser.click(".op-attach-card button[id$='delete']");
    browser.click(".ui-confirmdialog-yes");
    browser.waitForText("File deleted.");
    browser.waitForText("No files for this line yet.");
    assertEquals(0, cards().size());
    assertEquals(404L, fetch(href).get("status"), "the deleted file is gone");
    browser.click("#dash\\:tabs a[href*='historyTab']");
    browser.waitForText("PREVIEW oxford-preview.png (line 1)");
  }
}
