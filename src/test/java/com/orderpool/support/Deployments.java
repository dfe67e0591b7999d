package com.orderpool.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR from the build, plus the test-only resources in-container tests need. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("orderpool.war")))
        .addClasses(Deployments.class, Codes.class)
        .addAsResource("db/test-broken/V2__broken.sql");
  }
}
