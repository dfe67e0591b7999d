package com.orderpool.support;

import com.orderpool.reports.PdfText;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one WAR every in-container test runs in: the real WAR from the build, plus the compiled
 * in-container test classes and their helpers, and the test-only resources they need.
 */
public final class Deployments {
  /**
   * Test classes that stay out of the server: unit tests, browser tests, the cluster tests, the
   * test-run set-up and the Arquillian adapter (they need libraries the server does not have), and
   * the dev server (but for its Payara launcher, with which a test starts a second node).
   */
  private static final Pattern CLIENT_ONLY =
      Pattern.compile(
          "com/orderpool/(dev/(?!PayaraProcess|ConsoleFilter).*"
              + "|cluster/.*"
              + "|.*(Test|E2E)(\\$.*)?\\.class"
              + "|support/(Browser|TestEnvironment|SharedPayara\\w*)(\\$.*)?\\.class)");

  private Deployments() {}

  public static WebArchive war() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("orderpool.war")));
    Path classes = testClasses();
    for (Path file : inContainerClasses(classes)) {
      String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
      war.add(new FileAsset(file.toFile()), "WEB-INF/classes/" + name);
    }
    war.addAsResource("db/test-broken/V2__broken.sql");
    war.addAsResource("woo/orders.json"); // the WooCommerce store of StoreImportIT
    PdfText.addLibraries(war);
    return war.setWebXML(new StringAsset(withPublicTestRunner(war)));
  }

  /** The compiled test classes (the folder this class was loaded from). */
  private static Path testClasses() {
    try {
      return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> inContainerClasses(Path classes) {
    try (Stream<Path> files = Files.walk(classes.resolve("com/orderpool"))) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .filter(
              f ->
                  !CLIENT_ONLY
                      .matcher(classes.relativize(f).toString().replace(File.separatorChar, '/'))
                      .matches())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The app's web.xml, with the test runner servlet left outside the login constraint. */
  private static String withPublicTestRunner(WebArchive war) {
    try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return xml.replace(
          "<url-pattern>/login.xhtml</url-pattern>",
          "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
