package com.orderpool.support;

/**
 * The two lanes the integration phase runs in side by side (JUnit's parallel mode, set in the
 * failsafe configuration): in-container classes take turns on the one in-container server, browser
 * classes take turns on the browser-test server, and a class of each kind runs at the same time.
 * Most of a browser test is waiting for pages, so the in-container lane fills that time.
 */
public final class Lanes {
  /** The resource lock of every in-container class ({@link InContainer}). */
  public static final String IN_CONTAINER = "in-container server";

  /** The resource lock of every browser class ({@code *E2E}). */
  public static final String BROWSER = "browser-test server";

  private Lanes() {}
}
