package com.orderpool.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR from the build, plus the test-only resources in-container tests need. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive war() {
    WebArchive war =
        ShrinkWrap.createFromZipFile(
                WebArchive.class, new File(System.getProperty("orderpool.war")))
            .addClasses(
                Deployments.class,
                SystemCallerFilter.class,
                Codes.class,
                Failures.class,
                TestOrders.class,
                Transactions.class,
                TestMoney.class,
                RawHttp.class,
                RawHttp.Response.class)
            .addAsResource("db/test-broken/V2__broken.sql");
    return war.setWebXML(new StringAsset(withPublicTestRunner(war)));
  }

  /** The WAR for the e-mail tests: reads GreenMail's mailboxes and can take SMTP down. */
  public static WebArchive withMailTools() {
    return war().addClasses(MailInbox.class, SwitchableSmtp.class);
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
