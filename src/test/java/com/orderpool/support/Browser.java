package com.orderpool.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, with PrimeFaces-aware waits and screenshots. */
public final class Browser implements AutoCloseable {
  /** How often a wait looks again: an ajax round trip here takes tens of milliseconds, not 500. */
  private static final Duration POLL = Duration.ofMillis(100);

  /** A wait this long is reported on stderr, to find what makes the browser tests slow. */
  private static final long SLOW_WAIT_MS = 2000;

  private final WebDriver driver;
  private final String baseUrl;
  private final Path userDataDir;

  public Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      userDataDir = Files.createTempDirectory("orderpool-chrome");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
        "--lang=en-US",
        "--user-data-dir=" + userDataDir);
    // the console, to see Content-Security-Policy refusals
    org.openqa.selenium.logging.LoggingPreferences logs =
        new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads().toString(),
            "download.prompt_for_download",
            false));
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Drops the session cookie, as a new visitor. The page's requests in flight end first: one
   * answered after the cookie is gone would send the tab to the login page, racing the next {@link
   * #open}.
   */
  public void forgetSession() {
    waitForAjax();
    driver.manage().deleteAllCookies();
  }

  public void open(String path) {
    driver.get(path.startsWith("http") ? path : baseUrl + path);
    waitForAjax();
  }

  public WebElement find(String css) {
    return waitUntil(d -> d.findElement(By.cssSelector(css)));
  }

  public void type(String css, String text) {
    WebElement e = find(css);
    if (!e.getAttribute("value").isEmpty()) {
      // clearing a filled field fires its change event: let that ajax request finish (it may
      // re-render the field) before typing
      e.clear();
      waitForAjax();
      e = find(css);
    }
    e.sendKeys(text);
  }

  /** Types into a PrimeFaces inputNumber: select what is there, type, and leave the field. */
  public void typeNumber(String css, String text) {
    WebElement e = find(css);
    e.click();
    e.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    e.sendKeys(text);
    e.sendKeys(org.openqa.selenium.Keys.TAB);
    waitForAjax();
  }

  public void click(String css) {
    waitUntil(
        d -> {
          WebElement e = d.findElement(By.cssSelector(css));
          if (!e.isDisplayed() || !e.isEnabled()) {
            return null;
          }
          e.click();
          return true;
        });
    waitForAjax();
  }

  /** Picks a value in a PrimeFaces selectOneMenu through its widget, as a user's click would. */
  public void selectOne(String clientId, String value) {
    find("#" + clientId.replace(":", "\\:"));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "PF(arguments[0]).selectValue(arguments[1]);",
            "widget_" + clientId.replace(":", "_"),
            value);
    waitForAjax();
  }

  /**
   * Fills the address fields with the id prefix (e.g. "billing") in a form with a Spanish address.
   */
  public void fillAddress(String formId, String prefix, String name, String street) {
    String base = "#" + formId + "\\:" + prefix + "_";
    type(base + "name", name);
    type(base + "line1", street);
    type(base + "postalCode", "08013");
    type(base + "city", "Barcelona");
    selectOne(formId + ":" + prefix + "_country", "ES");
  }

  /** Fills row {@code row} (from 0) of an order form's lines: its description and unit price. */
  public void fillLine(String formId, int row, String description, String price) {
    String base = "#" + formId + "\\:lines\\:" + row + "\\:";
    type(base + "description", description);
    typeNumber(base + "unitPrice_input", price);
  }

  /**
   * Chooses an item of a PrimeFaces selectOneMenu as a user does: opens its panel, waits for it to
   * finish opening and clicks the item with this label (its change behaviours run).
   */
  public void chooseOne(String clientId, String label) {
    String id = clientId.replace(":", "\\:");
    // a click that lands while the panel is still opening can be lost: try again, a few times
    for (int attempt = 1; ; attempt++) {
      if (!find("#" + id + "_panel").isDisplayed()) {
        click("#" + id);
      }
      waitShownAndStill("#" + id + "_panel");
      click("#" + id + "_panel li[data-label='" + label + "']");
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5), POLL)
            .until(d -> label.equals(text("#" + id + "_label")) ? true : null);
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Answers Yes in the confirmation dialog that is opening: once it is shown and its fade-in has
   * ended (a click that lands while it still fades in can be lost).
   */
  public void confirmYes() {
    String dialog = ".ui-confirm-dialog:visible";
    waitShownAndStill(dialog);
    ((JavascriptExecutor) driver)
        .executeScript("jQuery(arguments[0]).find('.ui-confirmdialog-yes').click();", dialog);
    waitForAjax();
  }

  /**
   * Waits until exactly one element matches the jQuery selector, is shown and is no longer animated
   * (an overlay or dialog done opening).
   */
  private void waitShownAndStill(String selector) {
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var p = jQuery(arguments[0]);"
                                + " return p.length == 1 && p.is(':visible') && !p.is(':animated');",
                            selector))
                ? true
                : null);
  }

  /** Clicks the visible PrimeFaces menu item with this label (menus open as overlays). */
  public void clickMenuItem(String label) {
    waitUntil(
        d -> {
          for (WebElement e :
              d.findElements(
                  By.xpath(
                      "//a[contains(@class,'ui-menuitem-link')][.//span[normalize-space()='"
                          + label
                          + "']]"))) {
            if (e.isDisplayed()) {
              e.click();
              return true;
            }
          }
          return null;
        });
    waitForAjax();
  }

  public String text(String css) {
    return waitUntil(d -> d.findElement(By.cssSelector(css)).getAttribute("textContent").strip());
  }

  public void waitForText(String text) {
    waitUntil(d -> d.getPageSource().contains(text) ? true : null);
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public void waitForAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
    long start = System.nanoTime();
    try {
      T found =
          new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
              .ignoring(StaleElementReferenceException.class)
              .ignoring(org.openqa.selenium.NoSuchElementException.class)
              .until(condition::apply);
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (ms >= SLOW_WAIT_MS) {
        System.err.printf("slow wait: %d ms on %s%n", ms, driver.getCurrentUrl());
      }
      return found;
    } catch (org.openqa.selenium.TimeoutException e) {
      String name = "failure-" + System.currentTimeMillis();
      screenshot(name);
      savePage(name);
      throw new AssertionError(
          "timed out on " + driver.getCurrentUrl() + "; see target/screenshots/" + name, e);
    }
  }

  private void savePage(String name) {
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "screenshots");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a PNG to target/screenshots/NAME.png. */
  /** Closes the messages in the corner (a message under the pointer stays until closed). */
  public void dismissMessages() {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "document.querySelectorAll('.ui-growl-item-container').forEach(e => e.remove());");
  }

  /** Downloads a file of the app with the browser's session (as a click on a link would). */
  public byte[] download(String pathOrUrl) {
    java.net.http.HttpResponse<byte[]> res = get(pathOrUrl);
    if (res.statusCode() != 200) {
      throw new AssertionError("GET " + pathOrUrl + " answered " + res.statusCode());
    }
    return res.body();
  }

  /** Where the browser saves the files it downloads (in this browser's own folder). */
  public Path downloads() {
    return userDataDir.resolve("downloads");
  }

  /**
   * Waits for the browser to finish downloading a file of this name (as a click saved it) and
   * returns its bytes; the file is removed so the next download of the name is new.
   */
  public byte[] awaitDownload(String fileName) {
    Path file = downloads().resolve(fileName);
    waitUntil(
        d ->
            Files.isRegularFile(file) && !Files.exists(Path.of(file + ".crdownload"))
                ? true
                : null);
    try {
      byte[] bytes = Files.readAllBytes(file);
      Files.delete(file);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HTTP status of a GET with the browser's session. */
  public int status(String pathOrUrl) {
    return get(pathOrUrl).statusCode();
  }

  private java.net.http.HttpResponse<byte[]> get(String pathOrUrl) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl;
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    try {
      java.net.http.HttpResponse<byte[]> res =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                      .header("Cookie", cookies)
                      .GET()
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      return res;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public void screenshot(String name) {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path dir = Path.of(System.getProperty("orderpool.buildDir", "target"), "screenshots");
    try {
      Files.createDirectories(dir);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the console reported as refused by the Content-Security-Policy since the last call (the
   * console is read, and so emptied).
   */
  public java.util.List<String> cspViolations() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
