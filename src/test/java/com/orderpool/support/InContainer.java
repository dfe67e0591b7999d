package com.orderpool.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every in-container test class ({@code *IT}, {@code *Bench}): they all run in one
 * Payara Micro, booted once per run ({@link SharedPayaraMicro}) with one WAR that holds all of them
 * ({@link Deployments#war()}). Each test provisions its own tenant, so classes stay independent of
 * each other and of their order.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InContainer {
  @Deployment
  public static WebArchive deployment() {
    return Deployments.war();
  }
}
